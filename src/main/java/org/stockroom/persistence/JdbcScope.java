package org.stockroom.persistence;

import org.hibernate.jdbc.ReturningWork;

/**
 * Where plain JDBC runs: a Hibernate session's connection and transaction ({@code session::doReturningWork}), or a
 * pooled connection of its own ({@link Transactions#readByJdbc}), which needs no object mapping, so the window's
 * first rows do not wait for Hibernate's start.
 */
@FunctionalInterface
public interface JdbcScope {

    /** Runs {@code work} on this scope's connection; an {@link java.sql.SQLException} comes out unchecked. */
    <T> T doReturningWork(ReturningWork<T> work);
}
