package org.stockroom.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * The embedded H2 database in a data folder: one connection pool shared by Flyway (which owns the schema),
 * Hibernate (whose mapping {@link ObjectMapping} builds) and plain JDBC readers.
 */
public final class Database implements AutoCloseable {

    /** Lock waits (the database's and the write gate's) end after this long with a retryable error. */
    public static final int LOCK_TIMEOUT_MILLIS = 10_000;

    private final DatabaseTarget target;
    private final HikariDataSource dataSource;
    /** Built on a thread of its own from the start of the open; the first session waits for it (if still needed). */
    private final CompletableFuture<SessionFactory> mapping;

    private final Transactions transactions;
    private final SiteWriteGate siteGate;
    private final SqlErrors errors;

    private Database(
            DatabaseTarget target,
            HikariDataSource dataSource,
            CompletableFuture<SessionFactory> mapping,
            Options options) {
        this.target = target;
        this.dataSource = dataSource;
        this.mapping = mapping;
        this.errors = new SqlErrors(target.dialect());
        ProcessWriteGate processGate = new ProcessWriteGate(LOCK_TIMEOUT_MILLIS);
        boolean oneWriter = options.guarded() && target.dialect().needsOneWriterAtATime();
        this.siteGate = oneWriter && (target.shared() || options.servedToClients())
                ? new SiteWriteGate(processGate, dataSource, errors)
                : null;
        WriteGate gate = !oneWriter ? WriteGate.NONE : siteGate != null ? siteGate : processGate;
        SyncPoint sync = new SyncPoint(
                dataSource,
                target.durability().syncs() && !target.dialect().commitIsDurable(),
                target.dialect(),
                target instanceof DatabaseTarget.Local);
        this.transactions = new Transactions(
                this::sessionFactory,
                dataSource,
                gate,
                sync,
                errors,
                options.guarded() ? Transactions.RefusalEnding.COMMIT : Transactions.RefusalEnding.ROLLBACK);
    }

    /**
     * How the database is opened. {@code servedToClients}: other processes write it through {@code serve}, so
     * writes take the site's lock row too. {@code guarded}: one writer at a time and COMMIT for refusals; false
     * only for the negative control of the rollback test.
     */
    public record Options(boolean servedToClients, boolean guarded) {

        public static final Options STANDARD = new Options(false, true);
        public static final Options SERVED = new Options(true, true);
        /** Without the guards against H2's rollback fault: for the test that must show what they prevent. */
        public static final Options UNGUARDED_NEGATIVE_CONTROL = new Options(false, false);
    }

    /** Opens (creating if needed) the database in {@code dataDirectory} and brings its schema up to date. */
    public static Database open(Path dataDirectory) {
        return open(new DatabaseTarget.Local(dataDirectory));
    }

    /** Opens a local or remote database and brings its schema up to date. */
    public static Database open(DatabaseTarget target) {
        return open(target, Options.STANDARD);
    }

    /** The same, with the given options. */
    public static Database open(DatabaseTarget target, Options options) {
        return open(target, options, (source, dir) -> {}, OpenSteps.NONE);
    }

    /** Called before Flyway changes an existing local database's schema: a backup to return to. */
    @FunctionalInterface
    public interface BeforeMigration {
        void backUp(DataSource source, Path dataDirectory);
    }

    /**
     * The same; {@code beforeMigration} runs first when an existing local database has migrations to apply, and each
     * step is said as it begins (opening the file, each migration, the sync), and the object mapping's end too: it is
     * built beside them and may still be building when this returns (plain-JDBC reads do not wait for it; the first
     * Hibernate session does, and a mapping that failed fails it).
     */
    public static Database open(
            DatabaseTarget target, Options options, BeforeMigration beforeMigration, OpenSteps steps) {
        return open(target, options, beforeMigration, steps, ObjectMapping::buildInBackground);
    }

    /** Starts building the object mapping over a data source whose pool may open later. */
    @FunctionalInterface
    interface MappingBuild {
        CompletableFuture<SessionFactory> start(javax.sql.DataSource dataSource, Dialect dialect);
    }

    /** The same, with the mapping's build given: a test holds it back to show what does not wait for it. */
    static Database open(
            DatabaseTarget target,
            Options options,
            BeforeMigration beforeMigration,
            OpenSteps steps,
            MappingBuild mappingBuild) {
        // The mapping needs no connection: it is built on a second core while the file opens and is checked.
        LateDataSource late = new LateDataSource();
        steps.begins("Building the object mapping (Hibernate), beside the open");
        CompletableFuture<SessionFactory> mapping = mappingBuild.start(late, target.dialect());
        mapping.thenRun(() -> steps.begins("Object mapping (Hibernate) ready"));
        HikariDataSource pool = null;
        try {
            steps.begins("Opening the database file");
            pool = openFile(target);
            late.bind(pool);
            Migrations.bringUpToDate(target, pool, beforeMigration, steps);
            return new Database(target, pool, mapping, options);
        } catch (RuntimeException e) {
            late.failed(e);
            ObjectMapping.discard(mapping);
            if (pool != null) {
                pool.close();
            }
            throw e;
        }
    }

    private static HikariDataSource openFile(DatabaseTarget target) {
        if (target instanceof DatabaseTarget.Local local) {
            try {
                PrivateFiles.folder(local.directory());
            } catch (java.io.UncheckedIOException e) {
                throw new DatabaseUnavailableException(
                        "Cannot create the data folder " + local.directory() + ": "
                                + e.getCause().getMessage(),
                        e);
            }
            LegacyPassword.upgrade(local);
        }
        return openPool(target);
    }

    /**
     * A plain data source on a database that must already exist (no pool, no migration): for read-only tools
     * such as {@code stockroom verify}.
     */
    public static DataSource existingDataSource(DatabaseTarget target) {
        String url = target.jdbcUrl();
        if (target instanceof DatabaseTarget.Local local) {
            if (!target.dialect().databaseExistsIn(local.directory())) {
                throw new DatabaseUnavailableException("No Stockroom database in " + local.directory(), null);
            }
            LegacyPassword.upgrade(local);
            url = target.dialect().localUrl(local.directory(), true);
        }
        trustServerOf(target);
        return target.dialect().plainDataSource(url, target.user(), target.password());
    }

    /** A server's TLS certificate is pinned on first use; see {@link PinnedServers}. */
    private static void trustServerOf(DatabaseTarget target) {
        if (target instanceof DatabaseTarget.Remote) {
            PinnedServers.trustOnceInThisProcess(PinnedServers.defaultFile());
        }
    }

    static HikariDataSource openPool(DatabaseTarget target) {
        trustServerOf(target);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setPoolName("stockroom");
        target.dialect().connectionProperties().forEach(config::addDataSourceProperty);
        // Enough for the UI's background work plus concurrent commands; H2 embedded serialises writes anyway.
        config.setMaximumPoolSize(24);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        // Hibernate runs every unit of work in a transaction; starting connections that way saves the
        // auto-commit switching on every begin and end (see provider_disables_autocommit below).
        config.setAutoCommit(false);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SqlErrors(target.dialect()).unavailable(target, e);
        }
    }

    public DatabaseTarget target() {
        return target;
    }

    /**
     * Lets clients of {@code stockroom serve} in with {@code password}: creates (or re-keys) the client user, with
     * rights on the tables and nothing else (docs/ROLES.md). Only the server does this, on its own local database.
     */
    public void admitClients(String password) {
        transactions.inTransaction(session -> {
            for (String statement : target.dialect().clientAccessStatements(password)) {
                session.createNativeMutationQuery(statement).executeUpdate();
            }
            return null;
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The object mapping; waits for it if it is still being built, and throws what made it fail. */
    public SessionFactory sessionFactory() {
        return ObjectMapping.await(mapping);
    }

    /** The database's errors, read through its dialect. */
    public SqlErrors errors() {
        return errors;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Compacts the database file under the write gate (H2's background writer, which would do it, is off:
     * {@link H2Dialect#NO_BACKGROUND_STORE}). Only for a file this process holds and syncs; a client of
     * {@code serve} leaves it to the server, and the unsynced mode keeps H2's own background writer.
     */
    public void compactStore() {
        if (!(target instanceof DatabaseTarget.Local) || !target.durability().syncs() || !transactions.guarded()) {
            return;
        }
        transactions.exclusive(() -> {
            try (Connection c = dataSource.getConnection()) {
                target.dialect().compactStore(c);
                c.commit();
                return null;
            } catch (SQLException e) {
                throw new DatabaseUnavailableException("Cannot compact the database file: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Waits for a mapping still being built, then closes it: nothing is left starting against a closed pool (and the
     * installer's training start, which ends as soon as the rows show, records the mapping's classes too).
     */
    private void closeMapping() {
        SessionFactory built;
        try {
            built = ObjectMapping.await(mapping);
        } catch (RuntimeException | Error e) {
            return; // it failed: whoever needed it was told, and there is nothing to close
        }
        built.close();
    }

    @Override
    public void close() {
        if (siteGate != null) {
            siteGate.close();
        }
        closeMapping();
        dataSource.close();
    }
}
