package org.stockroom.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.stockroom.persistence.catalogue.CatalogueReader;

/**
 * What is particular to one database engine: how to reach and serve a database, what its error codes mean, the
 * few statements Stockroom needs beyond standard SQL, and the product list's planner-tuned SQL. H2 is the only
 * one today ({@link H2Dialect}); the PostgreSQL backend adds a second. Nothing outside an implementation of this
 * interface names the engine's classes (ArchitectureRulesTest).
 */
public interface Dialect {

    /** How opening or reaching a database failed, for words a user can act on. */
    enum OpenFailure {
        IN_USE,
        WRONG_PASSWORD,
        UNREACHABLE,
        OTHER
    }

    /** The JDBC URL of the database kept in {@code folder}; with {@code mustExist}, none is created. */
    default String localUrl(Path folder, boolean mustExist) {
        return localUrl(folder, mustExist, DatabaseTarget.Durability.SYNCED);
    }

    /** The same, for writes acknowledged as {@code durability} says. */
    String localUrl(Path folder, boolean mustExist, DatabaseTarget.Durability durability);

    /**
     * The JDBC URL of the existing database in {@code folder} opened so that it fails if any process has it open,
     * this one included.
     */
    String localUrlOpenedAlone(Path folder);

    /** The database's one file inside a data folder: what a backup holds and a restore puts back. */
    String databaseFileName();

    /** A plain data source without a pool: for tools that open a database once (verify, backup checks). */
    DataSource plainDataSource(String url, String user, String password);

    /**
     * Called before anything opens a database in a process that will {@link #serve}: limits the engine to what
     * serving needs, and listens on {@code bindAddress} only (null: every interface).
     */
    void prepareToServe(String bindAddress);

    /** The engine's network server for the database in {@code folder}, started on {@code port}. */
    Served serve(Path folder, int port, String bindAddress) throws SQLException;

    /** Statements, run by the database's owner, that let clients in with {@code password}: table rights only. */
    java.util.List<String> clientAccessStatements(String password);

    /** A running server started by {@link #serve}. */
    interface Served extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /**
     * Hibernate's dialect for this engine, made without asking a connection: the mapping is built while the database
     * file opens, before any connection exists.
     */
    org.hibernate.dialect.Dialect hibernateDialect();

    /** The folder under {@code db/vendor} holding the migrations this engine needs in its own words. */
    String migrationFolder();

    /** A fresh reader of the product list for this engine (it may remember where deep pages start). */
    CatalogueReader catalogueReader();

    /** The JDBC URL of a database served on {@code host:port}. */
    String serverUrl(String host, int port);

    /** True if {@code folder} holds a database of this engine. */
    boolean databaseExistsIn(Path folder);

    /** The database user of a local database (its file is protected by the folder's key). */
    String localUser();

    /** The user {@code stockroom serve} creates for its clients. */
    String clientUser();

    /**
     * True if only one write transaction may run at a time (H2: its rollback can put an old row version back over
     * other sessions' commits, decision 0004). False where the engine's row locks keep concurrent writers apart
     * (PostgreSQL: docs/decisions/0007).
     */
    default boolean needsOneWriterAtATime() {
        return true;
    }

    /**
     * Properties the driver sets on every new connection before any statement runs (not in a transaction): how
     * long a lock wait lasts, for an engine whose URL cannot say it.
     */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /**
     * True if a commit is on disk once the engine acknowledges it (PostgreSQL); false if Stockroom must store and
     * force it afterwards ({@link SyncPoint}; H2, decision 0004).
     */
    default boolean commitIsDurable() {
        return false;
    }

    /** A statement a client of a server runs that returns once every commit so far is on the server's disk. */
    String syncStatement();

    /**
     * Runs on a connection before a read of every row (an export), so the engine streams rows as they are read
     * instead of first copying the whole result aside: H2 otherwise materialises a large result in a temporary
     * store (measured: a third of a 300,000-product export's time). {@code false} after the read puts the pooled
     * connection back as it was.
     */
    void streamResults(java.sql.Connection connection, boolean on) throws SQLException;

    /** A statement that writes every commit so far to the database file, without waiting for the disk. */
    String storeStatement();

    /**
     * Forces what has been written to the database file onto the disk, without writing anything itself, on a
     * connection of the process that holds the file. False if it cannot from this connection (a client of a
     * server): then the caller uses {@link #syncStatement()} instead.
     */
    boolean forceToDisk(java.sql.Connection connection) throws SQLException;

    /**
     * Keeps the database file compact: what the engine would do in the background if Stockroom let it store
     * there. Called on a connection of the process that holds the file, inside the write gate; does nothing on a
     * connection to a server (the server keeps its own file).
     */
    void compactStore(java.sql.Connection connection) throws SQLException;

    /** A statement that writes an online, consistent backup to the file given as its one parameter. */
    String backupStatement();

    /** A lock wait ran out or a deadlock was broken: nothing was written, the command may be tried again. */
    boolean isLockConflict(SQLException e);

    /** A unique constraint refused the write. */
    boolean isUniqueViolation(SQLException e);

    OpenFailure openFailure(SQLException e);
}
