package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * What a client of {@code stockroom serve} calls to have every commit so far stored and forced to disk by the
 * server ({@code CALL STOCKROOM_SYNC()}). {@code CHECKPOINT SYNC} does the same but needs H2's admin rights, which
 * clients no longer have (issue 24); the owner creates this one function for them, and {@code h2.allowedClasses}
 * lets aliases load this class and no other of the application's. Static because H2 calls a function alias as a
 * static method.
 */
public final class ServedSync {

    /** The function's name in the database. */
    public static final String ALIAS = "STOCKROOM_SYNC";

    private ServedSync() {}

    /**
     * Runs in the server, on the calling client's session: {@code Database.sync()} is what {@code CHECKPOINT SYNC}
     * calls (a store, then a force), without the admin check.
     */
    public static int sync(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            throw new SQLException("STOCKROOM_SYNC runs only inside the server");
        }
        session.getDatabase().sync();
        return 1;
    }
}
