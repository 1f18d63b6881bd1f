package org.stockroom.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;

/**
 * One round of a crash test: a {@link CrashWriter} works, something is killed at a random moment (often right
 * after an acknowledgement), and every key the writer was told "saved" is sent again, on whatever database it wrote.
 */
final class CrashRounds {

    static final String SKU = "CRASH-1";

    private CrashRounds() {}

    /**
     * Lets the writer work for a while, then runs {@code kill} (SIGKILL of the writer or its server, or a server
     * stopped at once): half the time the moment an acknowledgement is read, otherwise after a random pause. Returns
     * every key acknowledged before the kill reached the writer.
     */
    static List<String> killAtRandom(Random random, Process writer, Runnable kill) throws Exception {
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
        kill.run();
        // What the writer printed before the kill reached it was acknowledged too.
        if (!writer.waitFor(30, TimeUnit.SECONDS)) {
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(5_000);
        for (String line : lines) {
            if (line.startsWith("ACK ")) {
                acknowledged.add(line.substring(4));
            }
        }
        return acknowledged;
    }

    /** SIGKILL: no shutdown hook, no clean close. */
    static Runnable sigkill(Process victim) {
        return () -> {
            victim.destroyForcibly();
            try {
                assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
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

    /** Reopens the database and re-sends every acknowledged key; counts those that were not already recorded. */
    static Round check(DatabaseTarget target, List<String> acknowledged, String what) {
        try (Backend backend = Backend.open(target)) {
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

    record Round(long acknowledged, long lost, long halves) {}

    /** Acknowledged and lost over all kills of a test. */
    static final class Tally {
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
