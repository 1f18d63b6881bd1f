package org.stockroom.service;

import java.time.Instant;
import java.util.function.Function;
import org.hibernate.Session;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.StockCommandRecord;
import org.stockroom.persistence.SqlErrors;
import org.stockroom.persistence.Transactions;

/**
 * Records each command's idempotency key in the same transaction as its work. A key seen before returns
 * what was recorded then; a concurrent twin waits on the key's row, then finds it taken and replays.
 */
final class CommandLog {

    private final Transactions transactions;

    CommandLog(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} once per key. {@code replay} rebuilds the answer of an earlier run from the database;
     * it returns null if it finds nothing (the key is then reported as a failure of the first run).
     */
    <T> T record(String key, String type, String user, Instant now, Function<Recorded<T>, T> work,
            Function<Session, T> replay) {
        try {
            return transactions.inTransaction(session -> {
                if (session.find(StockCommandRecord.class, key) != null) {
                    return replayed(replay.apply(session));
                }
                StockCommandRecord command = new StockCommandRecord(key, type, user, now);
                session.persist(command);
                session.flush();
                return work.apply(new Recorded<>(session, command));
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                T earlier = transactions.read(replay);
                if (earlier != null) {
                    return earlier;
                }
            }
            throw e;
        }
    }

    private static <T> T replayed(T earlier) {
        if (earlier == null) {
            throw new ValidationException(new FieldError(StockCommandRules.KEY,
                    "This command key was already used for a different command"));
        }
        return earlier;
    }

    /** The open session and the command's own record, for work that links the record to what it wrote. */
    record Recorded<T>(Session session, StockCommandRecord command) {
    }
}
