package org.stockroom.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
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
        return configured(dataSource, locationsIn(dialect.migrationFolder()), callbacks);
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
        return configured(dataSource, locations(product), callbacks);
    }

    /** The one Flyway configuration: these scripts' locations, these callbacks, nothing else changed. */
    private static Flyway configured(DataSource dataSource, String[] locations, Callback... callbacks) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .callbacks(callbacks)
                .load();
    }

    /** Brings the schema up to date (Flyway owns it), backing an existing local database up first. */
    static void bringUpToDate(
            DatabaseTarget target, DataSource pool, Database.BeforeMigration beforeMigration, OpenSteps steps) {
        steps.begins("Checking the database's schema");
        MigrationSteps migrations = new MigrationSteps(steps);
        Flyway flyway = over(pool, target.dialect(), migrations);
        MigrationInfoService info = flyway.info();
        migrations.expect(info.applied().length == 0, info.pending().length);
        if (target instanceof DatabaseTarget.Local local) {
            if (info.applied().length > 0 && info.pending().length > 0) {
                // An upgrade never destroys data, but a failed or wrong one must have a way back.
                beforeMigration.backUp(pool, local.directory());
            }
            flyway.migrate();
            steps.begins("Writing the database to disk");
            // Nothing stores in the background (H2Dialect.NO_BACKGROUND_STORE): put the migrations on disk now.
            // No other writer exists yet, so this one sync needs no gate.
            new SyncPoint(pool, target.durability().syncs(), target.dialect(), true)
                    .awaitEverythingDurable(WriteGate.NONE);
            // The file H2 just made (or an older Stockroom's folder) is the user's alone (issue 24).
            PrivateFiles.tighten(local.directory());
        } else if (target instanceof DatabaseTarget.Postgres) {
            // The schema is ours on a PostgreSQL database too. Its DDL is transactional: a migration that fails
            // leaves the schema as it was. (Backing it up first is the server's tools' job: docs/DEPLOYMENT.md.)
            flyway.migrate();
        } else if (info.pending().length > 0) {
            // A client has table rights only: the schema is the server's to upgrade (issue 24).
            throw new DatabaseUnavailableException(
                    target.describe() + " has an older database than this Stockroom (" + info.pending().length
                            + " upgrade steps to go); only the server upgrades it: restart 'stockroom serve'"
                            + " with this version first",
                    null);
        }
    }
}
