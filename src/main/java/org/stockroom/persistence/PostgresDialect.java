package org.stockroom.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.stockroom.persistence.catalogue.CatalogueReader;
import org.stockroom.persistence.catalogue.H2CatalogueReader;

/**
 * PostgreSQL (issue 27, in progress): a server of its own, so nothing here opens a file, serves or backs up. A commit
 * is on disk when PostgreSQL acknowledges it ({@code synchronous_commit} on, its default): there is nothing to store
 * or force afterwards.
 */
public final class PostgresDialect implements Dialect {

    /** The oldest PostgreSQL this program is tested on. */
    static final int OLDEST_MAJOR_VERSION = 15;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String INVALID_PASSWORD = "28P01";
    private static final String CONNECTION_FAILURE_CLASS = "08";

    @Override
    public String localUrl(Path folder, boolean mustExist, DatabaseTarget.Durability durability) {
        throw notAFile();
    }

    @Override
    public String localUrlOpenedAlone(Path folder) {
        throw notAFile();
    }

    @Override
    public String databaseFileName() {
        throw notAFile();
    }

    @Override
    public boolean databaseExistsIn(Path folder) {
        return false;
    }

    @Override
    public DataSource plainDataSource(String url, String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        source.setOptions(connectionProperties().get("options"));
        return source;
    }

    @Override
    public void prepareToServe(String bindAddress) {
        throw notAFile();
    }

    @Override
    public Served serve(Path folder, int port, String bindAddress) {
        throw notAFile();
    }

    @Override
    public List<String> clientAccessStatements(String password) {
        throw notAFile();
    }

    @Override
    public org.hibernate.dialect.Dialect hibernateDialect() {
        // Our own subclass: Hibernate warns at every start when told its own dialect (see H2Dialect).
        return new org.hibernate.dialect.PostgreSQLDialect(
                org.hibernate.dialect.DatabaseVersion.make(OLDEST_MAJOR_VERSION)) {};
    }

    @Override
    public String migrationFolder() {
        return "postgresql";
    }

    @Override
    public CatalogueReader catalogueReader() {
        // Not yet tuned for PostgreSQL's planner (issue 27): the same SQL as on H2, which PostgreSQL also runs.
        return new H2CatalogueReader();
    }

    @Override
    public String serverUrl(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/stockroom";
    }

    @Override
    public String localUser() {
        throw notAFile();
    }

    @Override
    public String clientUser() {
        throw notAFile();
    }

    @Override
    public boolean commitIsDurable() {
        return true;
    }

    @Override
    public boolean needsOneWriterAtATime() {
        // Row locks and READ COMMITTED's re-check of a conditional UPDATE keep writers apart; a rollback undoes
        // only its own transaction. Measured and decided in docs/decisions/0007.
        return false;
    }

    @Override
    public java.util.Map<String, String> connectionProperties() {
        // Sent in the start-up packet, so it holds from the first statement and no transaction can undo it. A lock
        // wait ends as H2's does, with SQLSTATE 55P03, which isLockConflict reads as "busy, nothing was saved".
        return java.util.Map.of("options", "-c lock_timeout=" + Database.LOCK_TIMEOUT_MILLIS);
    }

    @Override
    public String syncStatement() {
        return "SELECT 1"; // never needed: a commit is durable when acknowledged
    }

    @Override
    public void streamResults(Connection connection, boolean on) {
        // PostgreSQL streams with a fetch size in a transaction; the exports set one.
    }

    @Override
    public String storeStatement() {
        return "SELECT 1";
    }

    @Override
    public boolean forceToDisk(Connection connection) {
        return true;
    }

    @Override
    public void compactStore(Connection connection) {
        // autovacuum keeps the tables; nothing to do from here
    }

    @Override
    public String backupStatement() {
        throw new UnsupportedOperationException(
                "A PostgreSQL database is backed up with the server's own tools (pg_dump or continuous archiving)");
    }

    @Override
    public boolean isLockConflict(SQLException e) {
        String state = e.getSQLState();
        return LOCK_NOT_AVAILABLE.equals(state) || DEADLOCK.equals(state) || SERIALIZATION_FAILURE.equals(state);
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    @Override
    public OpenFailure openFailure(SQLException e) {
        String state = e.getSQLState();
        if (INVALID_PASSWORD.equals(state)) {
            return OpenFailure.WRONG_PASSWORD;
        }
        if (state != null && state.startsWith(CONNECTION_FAILURE_CLASS)) {
            return OpenFailure.UNREACHABLE;
        }
        return OpenFailure.OTHER;
    }

    private static UnsupportedOperationException notAFile() {
        return new UnsupportedOperationException(
                "A PostgreSQL database lives on its server: there is no data folder, file or 'serve' for it");
    }
}
