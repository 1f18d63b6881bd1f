package org.stockroom.service;

import java.time.Instant;
import java.util.function.Function;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.SqlErrors;
import org.stockroom.persistence.Transactions;

/**
 * Records each command's idempotency key in the same transaction as its work. The key's INSERT comes first:
 * a key seen before fails it (unique violation) and the answer recorded then is returned instead; a concurrent
 * twin waits on the key's row, then finds it taken the same way.
 */
final class CommandLog {

    private final Transactions transactions;

    CommandLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} once per key, in a stateless session. {@code replay} rebuilds the answer of an earlier
     * run from the database, or returns null if the key belongs to no such command.
     */
    <T> T record(String key, String type, String user, Instant now, Long reservationId,
            Function<StatelessSession, T> work, Function<SharedSessionContract, T> replay) {
        try {
            return transactions.inStatelessTransaction(session -> {
                Sql.update(session, "INSERT INTO stock_command (idempotency_key, command_type, user_name, "
                        + "recorded_at, reservation_id) VALUES (?, ?, ?, ?, ?)", key, type, user, now, reservationId);
                return work.apply(session);
            });
        } catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
            T earlier = transactions.read(replay::apply);
            if (earlier == null) {
                throw new ValidationException(new FieldError(StockCommandRules.KEY,
                        "This command key was already used for a different command"));
            }
            return earlier;
        }
    }
}
