package org.stockroom.persistence;

import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * Runs one unit of work in one transaction: commit on success, roll back on any exception. Lock timeouts and
 * deadlocks come out as {@link DatabaseBusyException}, so callers can offer a retry without knowing H2's codes.
 */
public final class Transactions {

    private final SessionFactory sessionFactory;

    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public <T> T inTransaction(Function<Session, T> work) {
        try {
            return sessionFactory.fromTransaction(work);
        } catch (RuntimeException e) {
            if (SqlErrors.isLockConflict(e)) {
                throw new DatabaseBusyException(e);
            }
            throw e;
        }
    }

    /**
     * The same with a stateless session: no persistence context and no dirty checking, every statement goes
     * straight to the database. For the stock commands, which write a few rows and read nothing back as
     * entities they later change implicitly.
     */
    public <T> T inStatelessTransaction(Function<StatelessSession, T> work) {
        try {
            return sessionFactory.fromStatelessTransaction(work);
        } catch (RuntimeException e) {
            if (SqlErrors.isLockConflict(e)) {
                throw new DatabaseBusyException(e);
            }
            throw e;
        }
    }

    /** For reads: the same, but tells Hibernate not to track the loaded entities for changes. */
    public <T> T read(Function<Session, T> work) {
        return inTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }
}
