package org.stockroom.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Server server = server();
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server.jdbcUrl("postgres"), e);
        }
        return new TestDatabase(server, name);
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
        Path folder = Path.of(
                        "target", "test-postgres-" + ProcessHandle.current().pid())
                .toAbsolutePath();
        PostgresBinaries binaries = PostgresBinaries.unpackInto(folder.resolve("binaries"));
        String password = Long.toHexString(new java.security.SecureRandom().nextLong());
        Path data = folder.resolve("data");
        Path passwordFile = folder.resolve("superuser-password");
        try {
            Files.createDirectories(data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(passwordFile, password);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            if (asRoot()) {
                UserPrincipal nobody =
                        folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(folder, nobody);
                Files.setOwner(data, nobody);
                Files.setOwner(passwordFile, nobody);
            }
            run(
                    binaries.program("initdb"),
                    "-D",
                    data.toString(),
                    "-U",
                    SUPERUSER,
                    "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile,
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync");
            Files.delete(passwordFile);
            int port = freePort();
            run(
                    binaries.program("pg_ctl"),
                    "-D",
                    data.toString(),
                    "-w",
                    "-t",
                    "60",
                    "-l",
                    data.resolve("server.log").toString(),
                    "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c max_connections=300",
                    "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(binaries, data, folder), "test-postgres-stop"));
            return new Server("127.0.0.1", port, SUPERUSER, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL server in " + folder, e);
        }
    }

    /** Stops the server and removes its folder (binaries and data, ~60 MB): nothing of it outlives the tests. */
    private static void stop(PostgresBinaries binaries, Path data, Path folder) {
        try {
            run(binaries.program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop");
            try (var paths = Files.walk(folder)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("test PostgreSQL in " + folder + ": " + e.getMessage());
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a PostgreSQL program (as nobody when this is root) and waits for it; fails with its output. */
    private static void run(Path program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("test-postgres", ".out");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(program.getFileName() + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(program.getFileName() + " failed (" + process.exitValue() + "): "
                            + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
