package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer at a time across every process of a {@code stockroom serve} site: inside this process's own gate,
 * the writer takes the one row of {@code write_lock} with {@code SELECT ... FOR UPDATE} on a connection of its
 * own, runs its transaction on another connection, and then ends the lock's transaction with COMMIT. The lock's
 * transaction only ever locks that row and always commits, so the H2 rollback fault never touches it; only a
 * process that dies while holding it makes the server roll it back (measured in docs/decisions/0004).
 */
public final class SiteWriteGate implements WriteGate {

    private static final Logger LOG = LoggerFactory.getLogger(SiteWriteGate.class);
    static final String TAKE = "SELECT id FROM write_lock WHERE id = 1 FOR UPDATE";

    private final ProcessWriteGate process;
    private final DataSource source;
    private final SqlErrors errors;
    /** Used only by the thread that holds {@link #process}. */
    private Connection lockConnection;

    public SiteWriteGate(ProcessWriteGate process, DataSource source, SqlErrors errors) {
        this.errors = errors;
        this.process = process;
        this.source = source;
    }

    @Override
    public <T> T exclusive(Supplier<T> work) {
        process.acquire();
        try {
            if (process.holdCount() > 1) {
                return work.get(); // nested: the site lock is already ours
            }
            Connection lock = takeSiteLock();
            try {
                return work.get();
            } finally {
                endLock(lock);
            }
        } finally {
            process.release();
        }
    }

    private Connection takeSiteLock() {
        Connection c = connection();
        try (PreparedStatement take = c.prepareStatement(TAKE)) {
            take.executeQuery().close();
            return c;
        } catch (SQLException e) {
            // The refused lock wait locked nothing; end it the same way as every other lock transaction.
            endLock(c);
            if (errors.isLockConflict(e)) {
                throw new DatabaseBusyException(e);
            }
            throw new DatabaseUnavailableException("Cannot take the site's write lock: " + e.getMessage(), e);
        }
    }

    private void endLock(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            LOG.warn("Ending the site write lock failed ({}); reconnecting", e.getMessage());
            closeQuietly();
        }
    }

    private Connection connection() {
        try {
            if (lockConnection == null || lockConnection.isClosed()) {
                lockConnection = source.getConnection();
                lockConnection.setAutoCommit(false);
            }
            return lockConnection;
        } catch (SQLException e) {
            closeQuietly();
            throw new DatabaseUnavailableException(
                    "Cannot reach the database for its write lock: " + e.getMessage(), e);
        }
    }

    /** Closes the lock's connection; called when the database closes. */
    public void close() {
        process.exclusive(() -> {
            closeQuietly();
            return null;
        });
    }

    private void closeQuietly() {
        if (lockConnection != null) {
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // already broken: nothing to release
            }
            lockConnection = null;
        }
    }
}
