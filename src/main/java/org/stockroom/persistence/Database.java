package org.stockroom.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.stockroom.domain.Location;
import org.stockroom.domain.Movement;
import org.stockroom.domain.Product;
import org.stockroom.domain.Reservation;
import org.stockroom.domain.StockCommandRecord;
import org.stockroom.domain.StockLevel;

/**
 * The embedded H2 database in a data folder: one connection pool shared by Flyway (which owns the schema),
 * Hibernate (which only validates it) and plain JDBC readers.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "stockroom";
    /** Lock waits end after this long with a retryable error instead of H2's 2 s default. */
    public static final int LOCK_TIMEOUT_MILLIS = 10_000;

    private final Path dataDirectory;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private Database(Path dataDirectory, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.dataDirectory = dataDirectory;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.transactions = new Transactions(sessionFactory);
    }

    /** Opens (creating if needed) the database in {@code dataDirectory} and brings its schema up to date. */
    public static Database open(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        HikariDataSource pool = openPool(jdbcUrl(dir, false));
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(dir, pool, buildSessionFactory(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The JDBC URL of the database in {@code dir}; with {@code mustExist} H2 refuses to create a new one. */
    public static String jdbcUrl(Path dir, boolean mustExist) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve(FILE_NAME)
                + ";LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    public static boolean existsIn(Path dir) {
        return Files.exists(dir.resolve(FILE_NAME + ".mv.db"));
    }

    static HikariDataSource openPool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setPoolName("stockroom");
        // Enough for the UI's background work plus concurrent commands; H2 embedded serialises writes anyway.
        config.setMaximumPoolSize(24);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw unavailable(url, e);
        }
    }

    private static DatabaseUnavailableException unavailable(String url, RuntimeException e) {
        boolean inUse = SqlErrors.sqlCause(e).map(s -> s.getErrorCode() == SqlErrors.H2_DATABASE_IN_USE)
                .orElse(false);
        String message = inUse
                ? "The database is in use by another Stockroom process: " + url
                : "Cannot open the database " + url + ": " + SqlErrors.sqlCause(e).map(Throwable::getMessage)
                        .orElse(e.getMessage());
        return new DatabaseUnavailableException(message, e);
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                .build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClass(Product.class)
                    .addAnnotatedClass(Location.class)
                    .addAnnotatedClass(StockLevel.class)
                    .addAnnotatedClass(Movement.class)
                    .addAnnotatedClass(StockCommandRecord.class)
                    .addAnnotatedClass(Reservation.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}
