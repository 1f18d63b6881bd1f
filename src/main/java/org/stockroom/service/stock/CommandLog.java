package org.stockroom.service.stock;

import java.time.Instant;
import java.util.function.Function;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.ExpectedFailure;
import org.stockroom.service.ValidationException;

/**
 * Records each command's idempotency key in the same transaction as its work. The key's INSERT comes first:
 * a key seen before fails it (unique violation) and the answer recorded then is returned instead; a concurrent
 * twin waits on the key's row, then finds it taken the same way.
 *
 * <p>A command that refuses ({@link ExpectedFailure}) does so before it writes any shared row; its key row is
 * removed again and the transaction COMMITs, so H2 never rolls back a refused command (decision 0004). If the
 * work had written under the key after all, the key's DELETE fails on the movement's or reservation's foreign
 * key and the transaction is rolled back instead: never half a command saved.
 */
public final class CommandLog {

    private final Transactions transactions;

    public CommandLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} once per key, in a stateless session. {@code replay} rebuilds the answer of an earlier
     * run from the database, or returns null if the key belongs to no such command.
     */
    public <T> T record(
            String key,
            String type,
            String user,
            Instant now,
            Long reservationId,
            Function<StatelessSession, T> work,
            Function<SharedSessionContract, T> replay) {
        try {
            return transactions.inStatelessTransaction(session -> {
                Sql.update(
                        session,
                        "INSERT INTO stock_command (idempotency_key, command_type, user_name, "
                                + "recorded_at, reservation_id) VALUES (?, ?, ?, ?, ?)",
                        key,
                        type,
                        user,
                        now,
                        reservationId);
                try {
                    return work.apply(session);
                } catch (ExpectedFailure refused) {
                    Sql.update(session, "DELETE FROM stock_command WHERE idempotency_key = ?", key);
                    throw Transactions.refuse(refused);
                }
            });
        } catch (RuntimeException e) {
            if (!transactions.errors().isUniqueViolation(e)) {
                throw e;
            }
            T earlier = transactions.read(replay::apply);
            // The twin that recorded it may not have seen its sync yet: "already recorded" must be on disk too.
            transactions.awaitDurable();
            if (earlier == null) {
                throw new ValidationException(new FieldError(
                        StockCommandRules.KEY, "This command key was already used for a different command"));
            }
            return earlier;
        }
    }
}
