package org.stockroom.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.engine.SysProperties;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.tools.Server;
import org.stockroom.persistence.catalogue.CatalogueReader;
import org.stockroom.persistence.catalogue.H2CatalogueReader;

/** H2 2.4 (embedded, and through its TCP server for {@code stockroom serve}). */
public final class H2Dialect implements Dialect {

    /**
     * Parsed statements H2 keeps per connection. Its default (8) is fewer than one stock command's distinct
     * statements, so every command re-parsed its SQL; measured with {@code stockroom bench}.
     */
    public static final int QUERY_CACHE_SIZE = 64;
    /** The database file's base name inside a data folder (H2 adds {@code .mv.db}). */
    public static final String FILE_NAME = "stockroom";

    static final int LOCK_TIMEOUT = 50200;
    static final int DEADLOCK = 40001;
    static final int DATABASE_IN_USE = 90020;
    static final int WRONG_PASSWORD = 28000;
    static final int CONNECTION_BROKEN = 90067;
    static final String UNIQUE_VIOLATION_STATE = "23505";

    /**
     * H2's background writer stores whenever its delay has passed, while other sessions are writing; such a
     * store can hold half a transaction (decision 0004, "torn stores"). The longest delay H2 takes keeps it from
     * ever storing (it would wait 24 days): every store is Stockroom's own sync inside the write gate, or H2's
     * store from a writer thread that holds the gate when its unsaved memory fills up.
     */
    static final String NO_BACKGROUND_STORE = ";WRITE_DELAY=" + Integer.MAX_VALUE;

    /** H2's own default, which the setting above replaces in the database: for the mode that does not sync. */
    static final String BACKGROUND_STORE_EVERY_HALF_SECOND = ";WRITE_DELAY=500";

    @Override
    public String localUrl(Path folder, boolean mustExist, DatabaseTarget.Durability durability) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve(FILE_NAME) + settings()
                + (durability.syncs() ? NO_BACKGROUND_STORE : BACKGROUND_STORE_EVERY_HALF_SECOND)
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /** OPEN_NEW: a database this JVM has open counts as in use too (H2 would otherwise share it). */
    @Override
    public String localUrlOpenedAlone(Path folder) {
        return localUrl(folder, true) + ";OPEN_NEW=TRUE";
    }

    @Override
    public String databaseFileName() {
        return FILE_NAME + ".mv.db";
    }

    @Override
    public DataSource plainDataSource(String url, String user, String password) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /**
     * The only classes a function alias may load in a serving process ({@code h2.allowedClasses}): the TCP server's
     * own shutdown function and {@link #servedSync}. H2's default lets an admin alias any class, Runtime included.
     */
    static final String SERVING_ALLOWED_CLASSES = "org.h2.server.TcpServer," + H2Dialect.class.getName();

    /** The function a client of {@code serve} calls to have every commit so far stored and forced to disk. */
    public static final String SYNC_ALIAS = "STOCKROOM_SYNC";

    /**
     * What {@code CALL STOCKROOM_SYNC()} runs in the server, on the calling client's session: {@code Database.sync()},
     * which is what {@code CHECKPOINT SYNC} calls (a store, then a force), without its admin check; clients no longer
     * have admin rights (issue 24). The owner creates the alias, and {@code h2.allowedClasses} lets aliases load this
     * class and no other of the application's. Static because H2 calls a function alias as a static method.
     */
    public static int servedSync(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            throw new SQLException(SYNC_ALIAS + " runs only inside the server");
        }
        session.getDatabase().sync();
        return 1;
    }

    /**
     * H2 reads these system properties once, when its first class is used; so this runs before the database opens,
     * and {@link #serve} checks that they took.
     */
    @Override
    public void prepareToServe(String bindAddress) {
        System.setProperty("h2.allowedClasses", SERVING_ALLOWED_CLASSES);
        if (bindAddress != null) {
            System.setProperty("h2.bindAddress", bindAddress);
        }
    }

    /**
     * H2's TCP server. {@code -ifExists}: no database is created remotely. {@code -key}: the one name a client may
     * open is {@link #FILE_NAME}, mapped to this folder's file; without it a client could open any H2 file under
     * the base directory, backups' zips included ({@code zip:backups/...!/stockroom}), or {@code nio:} aliases.
     */
    @Override
    public Served serve(Path folder, int port, String bindAddress) throws SQLException {
        if (!SERVING_ALLOWED_CLASSES.equals(SysProperties.ALLOWED_CLASSES)
                || (bindAddress != null && !bindAddress.equals(SysProperties.BIND_ADDRESS))) {
            throw new IllegalStateException("H2 was started before its serving restrictions were set");
        }
        Path base = folder.toAbsolutePath().normalize();
        Server server = Server.createTcpServer(
                        "-tcpPort",
                        String.valueOf(port),
                        "-tcpAllowOthers",
                        "-tcpSSL", // TLS with the certificate ServerCertificate presents (issue 24)
                        "-ifExists",
                        "-baseDir",
                        base.toString(),
                        "-key",
                        FILE_NAME,
                        base.resolve(FILE_NAME).toString())
                .start();
        return new Served() {
            @Override
            public int port() {
                return server.getPort();
            }

            @Override
            public void close() {
                server.stop();
            }
        };
    }

    /**
     * Table rights and the sync function, nothing else: not ADMIN, which let a client alias Runtime.exec, read and
     * write files (FILE_READ, CSVWRITE, RUNSCRIPT) and link other databases (issue 24). A user made ADMIN by an
     * older Stockroom loses it here. H2 takes no parameter in these statements; the password is quoted the SQL way.
     */
    @Override
    public List<String> clientAccessStatements(String password) {
        String user = clientUser();
        return List.of(
                "CREATE USER IF NOT EXISTS " + user + " PASSWORD ''",
                "ALTER USER " + user + " ADMIN FALSE",
                "ALTER USER " + user + " SET PASSWORD '" + password.replace("'", "''") + "'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + user,
                "CREATE ALIAS IF NOT EXISTS " + SYNC_ALIAS + " FOR '" + H2Dialect.class.getName() + ".servedSync'");
    }

    @Override
    public String migrationFolder() {
        return "h2";
    }

    @Override
    public CatalogueReader catalogueReader() {
        return new H2CatalogueReader();
    }

    @Override
    public org.hibernate.dialect.Dialect hibernateDialect() {
        // The engine in this process's jar: an embedded file and the server of serve both run it. A subclass of
        // our own, because Hibernate warns at every start when told its own dialect (it would rather ask a
        // connection, which does not exist yet).
        return new org.hibernate.dialect.H2Dialect(org.hibernate.dialect.DatabaseVersion.make(
                org.h2.engine.Constants.VERSION_MAJOR,
                org.h2.engine.Constants.VERSION_MINOR,
                org.h2.engine.Constants.BUILD_ID)) {};
    }

    @Override
    public String serverUrl(String host, int port) {
        return "jdbc:h2:ssl://" + host + ":" + port + "/" + FILE_NAME + settings();
    }

    private static String settings() {
        return ";LOCK_TIMEOUT=" + Database.LOCK_TIMEOUT_MILLIS + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
    }

    /** At most this much is rewritten or moved per call, so that a write waits for it a few hundred ms at most. */
    static final int COMPACT_STEP_BYTES = 16 * 1024 * 1024;

    /** H2's own threshold (MVStore's {@code autoCompactFillRate}): below it, chunks are moved to shrink the file. */
    static final int COMPACT_BELOW_FILL_RATE = 90;

    /**
     * What H2's background housekeeping does (FileStore.doHousekeeping), through MVStore's public API: rewrite
     * sparse chunks, then move chunks to the start of the file and cut its end. With the background writer off
     * a file written with a sync per transaction kept ~1 GB of old chunks while open (measured: 20,000 synced
     * transactions, 568 MB down to 35 MB by one call).
     */
    @Override
    public void compactStore(Connection connection) throws SQLException {
        MVStore store = fileStoreOf(connection);
        if (store == null) {
            return;
        }
        store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_STEP_BYTES);
        store.commit();
        if (store.getFileStore() instanceof RandomAccessStore file && store.getFillRate() < COMPACT_BELOW_FILL_RATE) {
            file.compactMoveChunks(101, COMPACT_STEP_BYTES, store); // 101: whatever the fill rate now is
        }
    }

    @Override
    public boolean databaseExistsIn(Path folder) {
        return Files.exists(folder.resolve(databaseFileName()));
    }

    @Override
    public String localUser() {
        return "SA";
    }

    @Override
    public String clientUser() {
        return "STOCKROOM_CLIENT";
    }

    /**
     * What a client of a server runs: the server's {@link #servedSync}, which stores and fsyncs as {@code CHECKPOINT
     * SYNC} does (decision 0004); clients lack the admin rights {@code CHECKPOINT} needs.
     */
    @Override
    public void streamResults(java.sql.Connection connection, boolean on) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE")); // a session setting
        }
    }

    @Override
    public String syncStatement() {
        return "CALL " + SYNC_ALIAS + "()";
    }

    /** {@code CHECKPOINT}: {@code MVStore.commit()}, which writes the store and waits until it is written. */
    @Override
    public String storeStatement() {
        return "CHECKPOINT";
    }

    /** {@code MVStore.sync()}: {@code FileChannel.force}, no store (unlike {@code CHECKPOINT SYNC}, which stores first). */
    @Override
    public boolean forceToDisk(Connection connection) throws SQLException {
        MVStore store = fileStoreOf(connection);
        if (store == null) {
            return false;
        }
        store.sync();
        return true;
    }

    /** The MVStore behind an embedded connection; null for a connection to a server (its store is over there). */
    private static MVStore fileStoreOf(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                ? session.getDatabase().getStore().getMvStore()
                : null;
    }

    @Override
    public String backupStatement() {
        return "BACKUP TO ?";
    }

    @Override
    public boolean isLockConflict(SQLException e) {
        return e.getErrorCode() == LOCK_TIMEOUT
                || e.getErrorCode() == DEADLOCK
                || "40001".equals(e.getSQLState())
                || "40P01".equals(e.getSQLState());
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION_STATE.equals(e.getSQLState());
    }

    @Override
    public OpenFailure openFailure(SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_IN_USE -> OpenFailure.IN_USE;
            case WRONG_PASSWORD -> OpenFailure.WRONG_PASSWORD;
            case CONNECTION_BROKEN -> OpenFailure.UNREACHABLE;
            default -> OpenFailure.OTHER;
        };
    }
}
