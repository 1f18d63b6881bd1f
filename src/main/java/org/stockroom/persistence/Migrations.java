package org.stockroom.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;

/**
 * Where the schema comes from: Flyway's scripts, portable SQL in {@code db/migration} (and one Java migration in
 * the package of that name), and the few a database needs in its own words in {@code db/vendor/h2} and {@code
 * db/vendor/postgresql} (Flyway picks the folder of the database it is connected to; the vendor folders sit outside
 * db/migration because Flyway reads a location's subfolders too). Every migration of this program and every tool that checks a copy's schema use
 * this one configuration.
 */
public final class Migrations {

    private Migrations() {}

    /** The scripts' locations for a database of {@code productName} (as its JDBC driver names it). */
    static String[] locations(String productName) {
        String vendor = productName.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        return locationsIn(vendor);
    }

    private static String[] locationsIn(String vendorFolder) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendorFolder};
    }

    /**
     * Flyway over {@code dataSource} of a known engine, calling {@code callbacks} around each migration: no
     * connection is taken to ask the engine's name (the window's start waits for every one).
     */
    public static Flyway over(DataSource dataSource, Dialect dialect, Callback... callbacks) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locationsIn(dialect.migrationFolder()))
                .callbacks(callbacks)
                .load();
    }

    /** Flyway over {@code dataSource} of an engine read from its driver (a copy being inspected, a test). */
    public static Flyway over(DataSource dataSource, Callback... callbacks) {
        String product;
        try (java.sql.Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            // Not DatabaseUnavailableException: a backup being inspected that does not open is a bad backup.
            throw new IllegalStateException("Cannot open the database: " + e.getMessage(), e);
        }
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(product))
                .callbacks(callbacks)
                .load();
    }
}
