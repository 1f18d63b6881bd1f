package org.stockroom.multiprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;

/**
 * Separate JVMs on one database through {@code stockroom serve}: a server process and two worker processes.
 * Afterwards the invariants must hold: nothing oversold, every unit accounted for, every movement once.
 */
class MultiProcessTest {

    static final String PASSWORD = "test-password";
    static final long INITIAL = 100;

    @TempDir
    Path folder;

    Path data;
    Process server;
    int port;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM: the server's shutdown hook closes the database cleanly
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoWorkerProcessesThroughServeKeepEveryInvariant() throws Exception {
        long productId = prepare();
        startServer();

        List<long[]> results = runWorkers(2, "mix");
        long received = results.stream().mapToLong(r -> r[0]).sum();
        long issued = results.stream().mapToLong(r -> r[1]).sum();
        long movements = results.stream().mapToLong(r -> r[2]).sum();
        stopCleanly();

        try (Backend backend = Backend.open(data)) {
            ProductRow row = backend.catalogue().productRow(productId).orElseThrow();
            VerificationReport report = backend.verifier().verify();
            assertThat(report.mismatches()).as("ledger and reservations agree").isEmpty();
            assertThat(row.onHand())
                    .as("units in + initial = units out + remaining")
                    .isEqualTo(INITIAL + received - issued);
            assertThat(report.movements()).as("every movement exactly once").isEqualTo(1 + movements);
            assertThat(row.reserved()).isBetween(0L, row.onHand());
        }
    }

    @Test
    void naiveIssuesFromTwoProcessesAreCaughtOverselling() throws Exception {
        long productId = prepare();
        startServer();

        List<long[]> results = runWorkers(2, "naive");
        long issued = results.stream().mapToLong(r -> r[1]).sum();
        stopCleanly();

        try (Backend backend = Backend.open(data)) {
            ProductRow row = backend.catalogue().productRow(productId).orElseThrow();
            boolean consistent = backend.verifier().verify().consistent();
            assertThatThrownBy(() -> {
                        assertThat(issued).as("units sold").isEqualTo(INITIAL);
                        assertThat(row.onHand()).isZero();
                        assertThat(consistent).as("ledger consistent").isTrue();
                    })
                    .as("the same checks must catch the naive issue (sold %d of %d)", issued, INITIAL)
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void twoCommandLineClientsThroughServeKeepTheLedgerExact() throws Exception {
        long productId = prepare();
        startServer();
        String server = "localhost:" + port;

        // Two scripted clients, side by side, each running stock commands as separate processes.
        List<Process> clients = new ArrayList<>();
        for (String location : new String[] {"MAIN", "MAIN"}) {
            clients.add(java(ScriptedClient.class.getName(), server, location).start());
        }
        for (Process client : clients) {
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(client.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).as("client output: %s", output).isZero();
        }
        Process verify =
                java(Launcher.class.getName(), "verify", "--server", server).start();
        String verified = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(verified).isZero();
        stopCleanly();

        try (Backend backend = Backend.open(data)) {
            // Each client receives 5, issues 3, reserves 2 and fulfils them: see ScriptedClient.NET_CHANGE.
            assertThat(backend.catalogue().productRow(productId).orElseThrow().onHand())
                    .isEqualTo(INITIAL + 2 * ScriptedClient.NET_CHANGE);
            assertThat(backend.verifier().verify().consistent()).isTrue();
        }
    }

    private long prepare() {
        data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop floor");
            long id = TestBackends.product(backend, "MP-1").id();
            backend.stock().receive(TestBackends.change(id, "MAIN", INITIAL));
            return id;
        }
    }

    private void startServer() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = java(Launcher.class.getName(), "serve", "--data-dir", data.toString(), "--port", String.valueOf(port))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the server announces itself").startsWith("Serving ");
    }

    private List<long[]> runWorkers(int count, String mode) throws Exception {
        return runWorkers("localhost", String.valueOf(port), count, mode, MultiProcessTest::java);
    }

    /**
     * Runs {@code count} {@link RemoteWorker}s on the database {@code where} and {@code how} name (a serve's host and
     * port, or a JDBC URL and user), each started by {@code jvm}; their tallies: received, issued, movements.
     */
    static List<long[]> runWorkers(
            String where, String how, int count, String mode, java.util.function.Function<String[], ProcessBuilder> jvm)
            throws Exception {
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>(
                    List.of(RemoteWorker.class.getName(), where, how, "MP-1", "150", String.valueOf(42 + i)));
            if (mode.equals("naive")) {
                args.add("naive");
            }
            workers.add(jvm.apply(args.toArray(String[]::new)).start());
        }
        List<long[]> results = new ArrayList<>();
        for (Process worker : workers) {
            String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(worker.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.exitValue()).as("worker exit; output: %s", output).isZero();
            String result = output.lines()
                    .filter(l -> l.startsWith("RESULT "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no RESULT line in: " + output));
            String[] parts = result.split(" ");
            results.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])});
        }
        return results;
    }

    private void stopCleanly() throws InterruptedException {
        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS))
                .as("server stops on SIGTERM")
                .isTrue();
    }

    private static ProcessBuilder java(String... args) {
        return JavaProcesses.java(PASSWORD, args);
    }
}
