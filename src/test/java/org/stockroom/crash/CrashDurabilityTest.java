package org.stockroom.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.persistence.DatabaseTarget.Durability;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;

/**
 * Kills a writing process with SIGKILL at random moments, often right after it was told "saved", reopens the
 * folder and sends every acknowledged key again: each must come back as already recorded, nothing may be
 * doubled, the ledger must verify and the folder must open. The same through {@code stockroom serve}, killing
 * the server. Negative control: the mode that does not wait for the disk loses acknowledged receipts, and the
 * same check catches it. More kills: {@code -Dstockroom.crash.kills=200}.
 */
class CrashDurabilityTest {

    static final int KILLS = Integer.getInteger("stockroom.crash.kills", 20);
    static final int SERVE_KILLS = Integer.getInteger("stockroom.crash.serveKills", 5);
    static final int THREADS = 4;
    static final String SKU = "CRASH-1";
    static final String PASSWORD = "crash-password";

    @TempDir
    Path folder;

    final Random random = new Random(Long.getLong("stockroom.crash.seed", System.nanoTime()));

    @Test
    void aKilledProcessLosesNothingItAcknowledged() throws Exception {
        Path data = prepare("embedded");
        Tally tally = new Tally();
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = java(
                            CrashWriter.class.getName(),
                            "local",
                            data.toString(),
                            "synced",
                            SKU,
                            "K" + kill,
                            String.valueOf(THREADS))
                    .start();
            List<String> acknowledged = killAtRandom(writer);
            tally.add(check(data, acknowledged, "kill " + kill));
        }
        System.out.println("embedded, synced: " + tally);
        assertThat(tally.lost).as("acknowledged but lost: %s", tally).isZero();
        assertThat(tally.acknowledged)
                .as("the writers must have been told 'saved' often")
                .isGreaterThan(KILLS);
    }

    @Test
    void aKilledServerLosesNothingItAcknowledged() throws Exception {
        Path data = prepare("served");
        Tally tally = new Tally();
        for (int kill = 1; kill <= SERVE_KILLS; kill++) {
            int port = freePort();
            Process server = startServer(data, port);
            Process writer = java(
                            CrashWriter.class.getName(),
                            "remote",
                            String.valueOf(port),
                            SKU,
                            "S" + kill,
                            String.valueOf(THREADS))
                    .start();
            List<String> acknowledged = killAtRandom(writer, server);
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            tally.add(check(data, acknowledged, "server kill " + kill));
        }
        System.out.println("serve, synced: " + tally);
        assertThat(tally.lost).as("acknowledged but lost: %s", tally).isZero();
        assertThat(tally.acknowledged).isGreaterThan(SERVE_KILLS);
    }

    @Test
    void withoutWaitingForTheDiskTheSameCheckCatchesLostAcknowledgements() throws Exception {
        Path data = prepare("unsynced");
        Tally tally = new Tally();
        for (int kill = 1; kill <= 5 && tally.lost == 0; kill++) {
            Process writer = java(
                            CrashWriter.class.getName(),
                            "local",
                            data.toString(),
                            Durability.MAY_LOSE_LAST_SECOND.optionName(),
                            SKU,
                            "U" + kill,
                            String.valueOf(THREADS))
                    .start();
            tally.add(check(data, killAtRandom(writer), "unsynced kill " + kill));
        }
        System.out.println("embedded, may-lose-last-second: " + tally);
        assertThat(tally.lost)
                .as("the control must lose acknowledged receipts: %s", tally)
                .isPositive();
    }

    private Path prepare(String name) {
        Path data = folder.resolve(name);
        try (Backend backend = Backend.open(data)) {
            TestBackends.product(backend, SKU);
        }
        return data;
    }

    /**
     * Lets the writer work for a while, then kills {@code victim} (the writer itself, or its server) with
     * SIGKILL: half the time the moment an acknowledgement is read, otherwise after a random pause.
     */
    private List<String> killAtRandom(Process writer, Process... victim) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(writer, lines), "crash-reader");
        reader.setDaemon(true);
        reader.start();
        List<String> acknowledged = new ArrayList<>();
        String first = lines.poll(60, TimeUnit.SECONDS);
        assertThat(first).as("the writer starts").isEqualTo("READY");
        boolean afterAck = random.nextBoolean();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(1200));
        int ackTarget = 20 + random.nextInt(400);
        while (true) {
            String line = lines.poll(
                    afterAck ? 100_000_000 : Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith("ACK ")) {
                acknowledged.add(line.substring(4));
            }
            boolean enough = afterAck
                    ? line != null && acknowledged.size() >= ackTarget || System.nanoTime() >= deadline + 5_000_000_000L
                    : System.nanoTime() >= deadline;
            if (enough) {
                break;
            }
            if (!writer.isAlive() && lines.isEmpty()) {
                throw new AssertionError("the writer died before it was killed; acknowledged " + acknowledged.size());
            }
        }
        Process target = victim.length > 0 ? victim[0] : writer;
        target.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        assertThat(target.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // What the writer printed before the kill reached it was acknowledged too.
        writer.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
        for (String line : lines) {
            if (line.startsWith("ACK ")) {
                acknowledged.add(line.substring(4));
            }
        }
        return acknowledged;
    }

    private static void readLines(Process process, BlockingQueue<String> into) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                into.add(line);
            }
        } catch (IOException ended) {
            // the process was killed
        }
    }

    /** Reopens the folder and re-sends every acknowledged key; counts those that were not already recorded. */
    private static Round check(Path data, List<String> acknowledged, String what) {
        try (Backend backend = Backend.open(data)) {
            long productId = backend.products().findBySku(SKU).orElseThrow().id();
            long lost = 0;
            long halves = 0;
            for (String key : acknowledged) {
                try {
                    StockResult again = backend.stock()
                            .receive(new StockChange(key, Actor.named("crash"), productId, "MAIN", 1, null, null));
                    if (!again.replayed()) {
                        lost++;
                    }
                } catch (ValidationException keyWithoutItsMovement) {
                    // The key's row survived but not its movement: half a command, worse than a lost one.
                    lost++;
                    halves++;
                }
            }
            VerificationReport report = backend.verifier().verify();
            assertThat(report.mismatches()).as("%s: the ledger verifies", what).isEmpty();
            long onHand =
                    backend.catalogue().productRow(productId).orElseThrow().onHand();
            // Every receipt is one unit under one key: on hand = keys recorded = movements, so nothing doubled.
            assertThat(onHand).as("%s: one unit per recorded command", what).isEqualTo(report.movements());
            return new Round(acknowledged.size(), lost, halves);
        }
    }

    private Process startServer(Path data, int port) throws IOException {
        Process server = java(
                        Launcher.class.getName(),
                        "serve",
                        "--data-dir",
                        data.toString(),
                        "--port",
                        String.valueOf(port))
                .start();
        String line =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the server announces itself").startsWith("Serving ");
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static ProcessBuilder java(String... args) {
        return JavaProcesses.java(PASSWORD, args);
    }

    private record Round(long acknowledged, long lost, long halves) {}

    /** Acknowledged and lost over all kills of a test. */
    private static final class Tally {
        int kills;
        long acknowledged;
        long lost;
        long halves;

        void add(Round round) {
            kills++;
            acknowledged += round.acknowledged();
            lost += round.lost();
            halves += round.halves();
        }

        @Override
        public String toString() {
            return kills + " kills, " + acknowledged + " acknowledged, " + lost + " lost (of which " + halves
                    + " left their key without their movement)";
        }
    }
}
