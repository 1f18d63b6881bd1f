package org.stockroom.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests use: the one {@code STOCKROOM_TEST_POSTGRES} names ({@code
 * postgresql://USER:PASSWORD@HOST:PORT}, a server of a developer's own), or else one this JVM starts from the
 * binaries artifact, once, and stops at exit. PostgreSQL refuses to run as root, and CI builds as root: then the
 * server runs as {@code nobody} (through {@code runuser}), in a folder of its own under {@code target/}. Each test
 * gets a fresh database of its own from {@link #newDatabase()}.
 */
public final class TestPostgres {

    /** Where a developer's own server is named. */
    public static final String ENVIRONMENT = "STOCKROOM_TEST_POSTGRES";

    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server shared;

    private TestPostgres() {}

    /** How to reach a server as its superuser. */
    public record Server(String host, int port, String user, String password) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user, password);
        }
    }

    /** One database on a server. */
    public record TestDatabase(Server server, String name) {
        public String jdbcUrl() {
            return server.jdbcUrl(name);
        }

        public Connection connect() throws SQLException {
            return server.connect(name);
        }
    }

    /** A database nobody else uses, created empty on the shared server: a test's own. */
    public static TestDatabase newDatabase() {
        return newDatabase(server());
    }

    /** The shared server, started on first use. */
    public static synchronized Server server() {
        if (shared == null) {
            String given = System.getenv(ENVIRONMENT);
            shared = given != null && !given.isBlank() ? named(given) : started();
        }
        return shared;
    }

    private static Server named(String url) {
        // postgresql://USER:PASSWORD@HOST:PORT
        java.net.URI uri = java.net.URI.create(url);
        String[] credentials = uri.getUserInfo() == null
                ? new String[] {SUPERUSER, ""}
                : uri.getUserInfo().split(":", 2);
        return new Server(
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                credentials[0],
                credentials.length > 1 ? credentials[1] : "");
    }

    private static Server started() {
        PostgresInstance instance = PostgresInstance.create(
                Path.of("target", "test-postgres-" + ProcessHandle.current().pid())
                        .toAbsolutePath(),
                SUPERUSER);
        instance.start();
        Runtime.getRuntime().addShutdownHook(new Thread(instance::remove, "test-postgres-stop"));
        return instance.server();
    }

    /**
     * A server of the test's own, which it may crash and start again without disturbing the tests that share {@link
     * #server()}; removed at exit. Null where {@code STOCKROOM_TEST_POSTGRES} names a server: a developer's own
     * server is not ours to crash.
     */
    public static synchronized PostgresInstance ownInstance(String name) {
        String given = System.getenv(ENVIRONMENT);
        if (given != null && !given.isBlank()) {
            return null;
        }
        PostgresInstance instance = PostgresInstance.create(
                Path.of("target", "test-postgres-" + ProcessHandle.current().pid() + "-" + name)
                        .toAbsolutePath(),
                SUPERUSER);
        instance.start();
        Runtime.getRuntime().addShutdownHook(new Thread(instance::remove, "test-postgres-stop-" + name));
        return instance;
    }

    /** A fresh database on {@code server}. */
    public static TestDatabase newDatabase(Server server) {
        return newDatabase(server, null);
    }

    /** A fresh database on {@code server} whose text sorts by ICU's rules for {@code icuLocale} (null: the server's). */
    public static TestDatabase newDatabase(Server server, String icuLocale) {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String collation = icuLocale == null ? "" : " LOCALE_PROVIDER icu ICU_LOCALE '" + icuLocale + "'";
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0" + collation);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.jdbcUrl("postgres"), e);
        }
        return new TestDatabase(server, name);
    }
}
