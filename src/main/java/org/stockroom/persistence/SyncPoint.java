package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes committed transactions durable before they are acknowledged, in two steps. {@link #storeHoldingGate}
 * writes H2's store ({@code CHECKPOINT}) while the caller still holds the {@link WriteGate}: H2 takes each table's
 * part of a store one after another while other sessions keep writing, so a store taken beside a running write can
 * hold part of that write, and a kill before the next store leaves the database that way (decision 0004, fault 3).
 * {@link #awaitOnDisk} then forces the file to disk after the gate is open again, as a group commit: one force
 * covers every store finished before it started, while the next writer already runs. A client of a server cannot
 * force the server's file, so there the store step runs {@code CHECKPOINT SYNC} (store and force) in the gate.
 */
public final class SyncPoint {

    private final DataSource source;
    private final boolean enabled;
    private final Dialect dialect;
    private final boolean forceSeparately;
    private final Object monitor = new Object();

    /** Stores finished so far (each takes the next number). */
    private long stored;
    /** Every store up to this number is on disk. */
    private long forced;

    private boolean forcing;

    /**
     * With {@code enabled} false nothing is stored or forced (the mode that may lose the last second).
     * {@code holdsFile}: this process has the database file open (embedded, or the server itself).
     */
    public SyncPoint(DataSource source, boolean enabled, Dialect dialect, boolean holdsFile) {
        this.source = source;
        this.enabled = enabled;
        this.dialect = dialect;
        this.forceSeparately = holdsFile;
    }

    /**
     * Writes every commit so far into the database file; the caller holds the write gate. Returns the ticket to
     * pass to {@link #awaitOnDisk} once the gate is open.
     */
    public long storeHoldingGate() {
        if (!enabled) {
            return 0;
        }
        execute(forceSeparately ? dialect.storeStatement() : dialect.syncStatement());
        synchronized (monitor) {
            stored++;
            if (!forceSeparately) {
                forced = stored; // CHECKPOINT SYNC forced it already
            }
            return stored;
        }
    }

    /** Returns once the store with this ticket is on disk (not holding the write gate: others write meanwhile). */
    public void awaitOnDisk(long ticket) {
        if (!enabled || ticket == 0) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            long upTo;
            synchronized (monitor) {
                while (forcing && forced < ticket) {
                    interrupted |= waitUninterrupted();
                }
                if (forced >= ticket) {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                forcing = true;
                upTo = stored; // a force that starts now covers every store finished before it
            }
            boolean done = false;
            try {
                force();
                done = true;
            } finally {
                synchronized (monitor) {
                    forcing = false;
                    if (done) {
                        forced = Math.max(forced, upTo);
                    }
                    monitor.notifyAll();
                }
            }
        }
    }

    private void force() {
        try (Connection c = source.getConnection()) {
            if (!dialect.forceToDisk(c)) {
                throw new IllegalStateException("This connection cannot force the database file to disk");
            }
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "Saved, but the database could not confirm it is on disk: " + e.getMessage(), e);
        }
    }

    private void execute(String statement) {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "Saved, but the database could not confirm it is on disk: " + e.getMessage(), e);
        }
    }

    /** Waits for the running force; true if interrupted meanwhile (the caller's data must still be confirmed). */
    private boolean waitUninterrupted() {
        try {
            monitor.wait();
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
