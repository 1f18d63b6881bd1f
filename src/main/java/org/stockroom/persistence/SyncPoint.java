package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes committed transactions durable before they are acknowledged, in two shared steps. H2 takes each table's
 * part of a store one after another while other sessions keep writing, so a store taken beside a running write can
 * hold part of that write, and a kill before the next store leaves the database that way (decision 0004, fault 3).
 * So the store ({@code CHECKPOINT}) runs inside the {@link WriteGate}, with no write running: a writer that has
 * committed takes the gate again and stores every commit made so far, and writers whose commits that store
 * already holds skip theirs. The force to disk writes nothing and runs with the gate open, likewise shared: one
 * force covers every store finished before it started. A client of a server cannot force the server's file, so
 * there the store step runs {@code CHECKPOINT SYNC} (store and force) in the gate.
 */
public final class SyncPoint {

    private final DataSource source;
    private final boolean enabled;
    private final Dialect dialect;
    private final boolean forceSeparately;
    private final Object monitor = new Object();

    /** Write transactions committed so far (each takes the next number, inside the gate). */
    private long committed;
    /** Every commit up to this number is in the file. */
    private long stored;
    /** Every commit up to this number is on disk. */
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

    /** Called inside the gate right after a COMMIT: the ticket to pass to {@link #awaitDurable(long, WriteGate)}. */
    public long committedHoldingGate() {
        synchronized (monitor) {
            return ++committed;
        }
    }

    /**
     * Returns once everything committed to the database so far, by this process or another (a twin command
     * recorded through the same server), is on disk: before a replayed answer is given as "already recorded".
     * Rare, so it does not share: its own store in the gate, its own force.
     */
    public void awaitEverythingDurable(WriteGate gate) {
        if (!enabled) {
            return;
        }
        gate.exclusive(() -> {
            storeHoldingGate(Long.MAX_VALUE);
            return null;
        });
        if (forceSeparately) {
            force();
        }
    }

    /** Returns once the commit with this ticket is on disk. Called with the gate open (or held by this thread). */
    public void awaitDurable(long ticket, WriteGate gate) {
        if (!enabled || ticket == 0) {
            return;
        }
        if (storedUpTo() < ticket) {
            gate.exclusive(() -> {
                storeHoldingGate(ticket);
                return null;
            });
        }
        if (forceSeparately) {
            awaitForced(ticket);
        }
    }

    private long storedUpTo() {
        synchronized (monitor) {
            return stored;
        }
    }

    private void storeHoldingGate(long ticket) {
        long upTo;
        synchronized (monitor) {
            if (stored >= ticket) {
                return; // a writer ahead of us in the gate stored our commit with its own
            }
            upTo = committed; // inside the gate: every commit of this process up to here is finished
        }
        execute(forceSeparately ? dialect.storeStatement() : dialect.syncStatement());
        synchronized (monitor) {
            stored = Math.max(stored, upTo);
            if (!forceSeparately) {
                forced = stored; // CHECKPOINT SYNC forced it already
            }
        }
    }

    private void awaitForced(long ticket) {
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
