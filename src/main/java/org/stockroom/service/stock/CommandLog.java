package org.stockroom.service.stock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
     * run from the database, or returns null if the key belongs to no such command. A key recorded for another
     * command ({@code what} differs) is refused, naming what it was used for.
     */
    public <T> T record(
            String key,
            CommandIdentity what,
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
                                + "recorded_at, reservation_id, command_hash, command_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        key,
                        what.type(),
                        user,
                        now,
                        reservationId,
                        what.hash(),
                        what.storedText());
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
            transactions.read(session -> {
                refuseIfAnother(session, key, what);
                return null;
            });
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

    /** Keys recorded before command identities were (issue 24) have none: those replay as they always did. */
    private static void refuseIfAnother(SharedSessionContract session, String key, CommandIdentity what) {
        List<Object[]> stored = Sql.query(
                session,
                "SELECT command_hash, command_text, recorded_at FROM stock_command WHERE idempotency_key = ?",
                r -> new Object[] {
                    r.getString(1),
                    r.getString(2),
                    r.getObject(3, java.time.OffsetDateTime.class).toInstant()
                },
                key);
        if (stored.isEmpty() || stored.get(0)[0] == null || stored.get(0)[0].equals(what.hash())) {
            return;
        }
        Instant at = (Instant) stored.get(0)[2];
        throw new ValidationException(new FieldError(
                StockCommandRules.KEY,
                "Key " + key + " was used for " + CommandDescriptions.render(session, (String) stored.get(0)[1])
                        + " at " + WHEN.format(at) + "; nothing was done"));
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
}
