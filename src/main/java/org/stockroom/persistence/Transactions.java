package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.hibernate.jdbc.ReturningWork;

/**
 * Runs one unit of work in one transaction. A write runs through the {@link WriteGate} (one writer at a time),
 * commits, and returns only once the commit is on disk ({@link SyncPoint}: H2's store is written inside the gate,
 * shared by the writers that committed meanwhile, then forced to disk): what a caller is told is saved survives a
 * crash. Work that refuses (see {@link #refuse}) has written nothing and is ended with COMMIT, not
 * ROLLBACK, because H2 can restore outdated rows when it rolls back under contention (decision 0004). Lock
 * timeouts and deadlocks come out as {@link DatabaseBusyException}.
 */
public final class Transactions {

    /** The object mapping: may still be building when the first plain-JDBC reads run (see {@link #readByJdbc}). */
    private final Supplier<SessionFactory> sessionFactory;
    /** The pool the mapping's sessions use too: plain-JDBC reads take their connections from it. */
    private final DataSource dataSource;

    private final WriteGate gate;
    private final SyncPoint sync;
    private final RefusalEnding refusals;
    private final SqlErrors errors;

    public Transactions(
            Supplier<SessionFactory> sessionFactory,
            DataSource dataSource,
            WriteGate gate,
            SyncPoint sync,
            SqlErrors errors,
            RefusalEnding refusals) {
        this.errors = errors;
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.gate = gate;
        this.sync = sync;
        this.refusals = refusals;
    }

    /** The database's errors, read through its dialect (a unique violation, a lock conflict). */
    public SqlErrors errors() {
        return errors;
    }

    /** How a transaction whose work refused is ended. */
    public enum RefusalEnding {
        /** COMMIT: the work wrote nothing, so there is nothing to undo and no rollback to go wrong. */
        COMMIT,
        /** ROLLBACK, as an ordinary transaction would: only for the negative control of the rollback test. */
        ROLLBACK
    }

    /**
     * Thrown by work that refuses before writing anything: the transaction is committed and {@code reason} is
     * thrown to the caller. Work that has written must throw anything else, so it is rolled back.
     */
    public static final class Refused extends RuntimeException {

        private final RuntimeException reason;

        private Refused(RuntimeException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        public RuntimeException reason() {
            return reason;
        }
    }

    /** Wraps a refusal so that the transaction around it commits (it wrote nothing) and then throws it. */
    public static Refused refuse(RuntimeException reason) {
        return reason instanceof Refused refused ? refused : new Refused(reason);
    }

    /** A write with a session that tracks entities (edits through {@code @Version}). */
    public <T> T inTransaction(Function<Session, T> work) {
        return write(() -> sessionFactory.get().openSession(), session -> session.clear(), work);
    }

    /**
     * The same with a stateless session: no persistence context and no dirty checking, every statement goes
     * straight to the database. For the stock commands, which write a few rows and read nothing back as
     * entities they later change implicitly.
     */
    public <T> T inStatelessTransaction(Function<StatelessSession, T> work) {
        return write(() -> sessionFactory.get().openStatelessSession(), session -> {}, work);
    }

    /** For reads: no gate, no sync; Hibernate does not track the loaded entities for changes. */
    public <T> T read(Function<Session, T> work) {
        try (Session session = sessionFactory.get().openSession()) {
            session.setDefaultReadOnly(true);
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                // A read locked and wrote nothing: its rollback restores nothing.
                rollbackIfActive(tx);
                throw e;
            }
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * A read in plain JDBC on a pooled connection of its own, in one transaction like {@link #read}: it does not wait
     * for the object mapping, so the window's first rows can show while Hibernate is still starting.
     */
    public <T> T readByJdbc(Function<JdbcScope, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                T result = work.apply(new OnConnection(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback(); // a read locked and wrote nothing: its rollback restores nothing
                throw e;
            }
        } catch (SQLException e) {
            throw translated(new JDBCException("A read failed: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** One connection as a {@link JdbcScope}: its SQL errors come out as Hibernate's, as in a session. */
    private record OnConnection(Connection connection) implements JdbcScope {
        @Override
        public <T> T doReturningWork(ReturningWork<T> work) {
            try {
                return work.execute(connection);
            } catch (SQLException e) {
                throw new JDBCException(e.getMessage(), e);
            }
        }
    }

    /**
     * For writers that use plain JDBC connections of their own (the catalogue generator, the benchmark's JDBC
     * path): the same gate and the same durable acknowledgement as every other write.
     */
    public <T> T exclusive(Supplier<T> work) {
        Committed<T> done = gate.exclusive(() -> {
            T result = work.get();
            return new Committed<>(result, sync.committedHoldingGate());
        });
        sync.awaitDurable(done.ticket(), gate); // stores inside the gate again, forces outside it
        return done.result();
    }

    /** Waits until every commit so far is on disk: before a replayed answer is given as "already recorded". */
    public void awaitDurable() {
        sync.awaitEverythingDurable(gate);
    }

    /** What a write returned, and its commit's ticket for {@link SyncPoint}. */
    private record Committed<T>(T result, long ticket) {}

    /**
     * False only in the rollback test's negative control, which also leaves out the guard's third part: locking
     * a row with {@code SELECT ... FOR UPDATE} before checking it.
     */
    public boolean guarded() {
        return refusals == RefusalEnding.COMMIT;
    }

    private <S extends SharedSessionContract, T> T write(
            Supplier<S> open, java.util.function.Consumer<S> discard, Function<S, T> work) {
        try {
            return exclusive(() -> commitOrEnd(open, discard, work));
        } catch (Refused refused) {
            throw refused.reason();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private <S extends SharedSessionContract, T> T commitOrEnd(
            Supplier<S> open, java.util.function.Consumer<S> discard, Function<S, T> work) {
        try (S session = open.get()) {
            Transaction tx = session.beginTransaction();
            try {
                T done = work.apply(session);
                tx.commit();
                return done;
            } catch (Refused refused) {
                end(tx, session, discard);
                throw refused;
            } catch (RuntimeException | Error e) {
                rollbackIfActive(tx);
                throw e;
            }
        }
    }

    private <S extends SharedSessionContract> void end(
            Transaction tx, S session, java.util.function.Consumer<S> discard) {
        if (refusals == RefusalEnding.ROLLBACK) {
            rollbackIfActive(tx);
            return;
        }
        discard.accept(session); // nothing the work loaded may be flushed by the commit
        tx.commit();
    }

    private static void rollbackIfActive(Transaction tx) {
        if (tx.getStatus().canRollback()) {
            tx.rollback();
        }
    }

    private RuntimeException translated(RuntimeException e) {
        return errors.isLockConflict(e) && !(e instanceof DatabaseBusyException) ? new DatabaseBusyException(e) : e;
    }
}
