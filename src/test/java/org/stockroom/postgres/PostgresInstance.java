package org.stockroom.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL server run from the binaries artifact, in a folder of its own: made with initdb, started, stopped
 * at once as a crash would (to test what an acknowledged commit survives), started again, and removed. As root (CI)
 * every program runs as {@code nobody}, since PostgreSQL refuses root.
 */
public final class PostgresInstance {

    private final Path folder;
    private final PostgresBinaries binaries;
    private final Path data;
    private final int port;
    private final String superuser;
    private final String password;

    private PostgresInstance(
            Path folder, PostgresBinaries binaries, Path data, int port, String superuser, String password) {
        this.folder = folder;
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.superuser = superuser;
        this.password = password;
    }

    /** Unpacks the binaries and makes a cluster in {@code folder}, owned by the user the server will run as. */
    static PostgresInstance create(Path folder, String superuser) {
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
                    superuser,
                    "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile,
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync");
            Files.delete(passwordFile);
            return new PostgresInstance(folder, binaries, data, freePort(), superuser, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a test PostgreSQL cluster in " + folder, e);
        }
    }

    /** Starts the server (again) on its port and waits until it takes connections. */
    public void start() {
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
    }

    /**
     * {@code pg_ctl stop -m immediate}: every server process quits at once, without a checkpoint and without writing
     * anything it still held in memory; the next start recovers from the WAL on disk, as after a crash.
     */
    public void stopImmediately() {
        run(binaries.program("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    public TestPostgres.Server server() {
        return new TestPostgres.Server("127.0.0.1", port, superuser, password);
    }

    /** Stops the server and removes its folder (binaries and data, ~60 MB): nothing of it outlives the tests. */
    void remove() {
        try {
            run(binaries.program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop");
        } catch (RuntimeException notRunning) {
            // stopped already (a crash test's last stop): remove it all the same
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
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
