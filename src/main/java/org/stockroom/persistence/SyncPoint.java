package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes committed transactions durable before they are acknowledged: {@code CHECKPOINT SYNC} writes H2's store
 * and forces the file to disk. Group commit: one sync covers every commit made before it started, so writers
 * that commit while a sync runs share the next one instead of each paying for their own.
 */
public final class SyncPoint {

    private final DataSource source;
    private final boolean enabled;
    private final String syncStatement;
    private final Object monitor = new Object();
    /** Callers that have asked for a sync (each takes the next number). */
    private long requested;
    /** Every request up to this number is covered by a finished sync. */
    private long covered;

    private boolean syncing;

    /** With {@code enabled} false, {@link #awaitDurable} returns at once (the mode that may lose the last second). */
    public SyncPoint(DataSource source, boolean enabled, String syncStatement) {
        this.syncStatement = syncStatement;
        this.source = source;
        this.enabled = enabled;
    }

    /** Returns once everything this thread has committed is on disk. */
    public void awaitDurable() {
        if (!enabled) {
            return;
        }
        long ticket;
        synchronized (monitor) {
            ticket = ++requested;
        }
        boolean interrupted = false;
        while (true) {
            long upTo;
            synchronized (monitor) {
                while (syncing && covered < ticket) {
                    interrupted |= waitUninterrupted();
                }
                if (covered >= ticket) {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                syncing = true;
                upTo = requested; // a sync that starts now covers every commit made before these requests
            }
            boolean done = false;
            try {
                syncNow();
                done = true;
            } finally {
                synchronized (monitor) {
                    syncing = false;
                    if (done) {
                        covered = Math.max(covered, upTo);
                    }
                    monitor.notifyAll();
                }
            }
        }
    }

    private void syncNow() {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            s.execute(syncStatement);
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "Saved, but the database could not confirm it is on disk: " + e.getMessage(), e);
        }
    }

    /** Waits for the running sync; true if interrupted meanwhile (the caller's data must still be confirmed). */
    private boolean waitUninterrupted() {
        try {
            monitor.wait();
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
