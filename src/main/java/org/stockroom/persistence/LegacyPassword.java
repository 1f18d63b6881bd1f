package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases made before the data folder had a key have an administrator without a password. The first open
 * with the key sets it, so that sharing such a folder with {@code stockroom serve} does not leave it open.
 */
final class LegacyPassword {

    private LegacyPassword() {}

    static void upgrade(DatabaseTarget.Local local) {
        SqlErrors errors = new SqlErrors(local.dialect());
        if (!local.dialect().databaseExistsIn(local.directory())) {
            return;
        }
        String key = local.password();
        String url = local.dialect().localUrl(local.directory(), true);
        try {
            DriverManager.getConnection(url, local.user(), key).close();
            return; // already keyed
        } catch (SQLException e) {
            if (errors.openFailure(e) != Dialect.OpenFailure.WRONG_PASSWORD) {
                return; // not a password problem: let the real open report it
            }
        }
        try (Connection connection = DriverManager.getConnection(url, local.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + local.user() + " SET PASSWORD '" + key + "'");
        } catch (SQLException e) {
            throw errors.unavailable(local, e);
        }
    }
}
