package org.stockroom.persistence.access;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.JdbcScope;
import org.stockroom.persistence.Sql;

/** Whether a database has users, asked of a plain data source (the read-only {@code verify}, before any sign-in). */
public final class UserPresence {

    private UserPresence() {}

    /** True if the database has users: in plain JDBC, so the window's start need not wait for the object mapping. */
    public static boolean anyUsers(JdbcScope jdbc) {
        return !Sql.queryAtMost(jdbc, "SELECT 1 FROM app_user", 1, row -> row.getInt(1))
                .isEmpty();
    }

    /** True if the database behind {@code source} has users (so its readers must sign in too). */
    public static boolean hasUsers(DataSource source) {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            if (!org.stockroom.persistence.Sql.tableExists(c, "app_user")) {
                return false; // a database from before users existed
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_user")) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Cannot read the users: " + e.getMessage(), e);
        }
    }
}
