package org.stockroom.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.persistence.DatabaseTarget.Durability;
import org.stockroom.service.Backend;

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
    static final String SKU = CrashRounds.SKU;
    static final String PASSWORD = "crash-password";

    @TempDir
    Path folder;

    final Random random = new Random(Long.getLong("stockroom.crash.seed", System.nanoTime()));

    @Test
    void aKilledProcessLosesNothingItAcknowledged() throws Exception {
        Path data = prepare("embedded");
        CrashRounds.Tally tally = new CrashRounds.Tally();
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
            List<String> acknowledged = CrashRounds.killAtRandom(random, writer, CrashRounds.sigkill(writer));
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
        CrashRounds.Tally tally = new CrashRounds.Tally();
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
            List<String> acknowledged = CrashRounds.killAtRandom(random, writer, CrashRounds.sigkill(server));
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
        CrashRounds.Tally tally = new CrashRounds.Tally();
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
            tally.add(check(
                    data,
                    CrashRounds.killAtRandom(random, writer, CrashRounds.sigkill(writer)),
                    "unsynced kill " + kill));
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

    private static CrashRounds.Round check(Path data, List<String> acknowledged, String what) {
        return CrashRounds.check(new org.stockroom.persistence.DatabaseTarget.Local(data), acknowledged, what);
    }

    private static ProcessBuilder java(String... args) {
        return JavaProcesses.java(PASSWORD, args);
    }
}
