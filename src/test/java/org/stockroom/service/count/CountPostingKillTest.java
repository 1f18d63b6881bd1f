package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * A count posting killed with SIGKILL part-way (some batches committed, the rest not) and run again: every line
 * ends posted exactly once, so on hand is the count for every product and the ledger verifies. The kill moment is
 * searched for (a kill before the first batch or after the last says nothing, so the pause is halved or doubled
 * until the folder shows some lines posted and some not). Negative control: a posting that keeps no record of the
 * lines it did ({@link CountPostingProcess} "naive"), killed and run again the same way, is caught by the same
 * check (lines done before the kill are adjusted twice).
 */
class CountPostingKillTest {

    static final int PRODUCTS = 240;
    static final long RECEIVED = 10;
    static final long COUNTED = 7;
    static final int BATCH = 4;
    static final int ATTEMPTS = 10;

    @TempDir
    Path folder;

    Path prepared;
    long sessionId;
    final List<Long> products = new ArrayList<>();

    @BeforeEach
    void countEveryProductAtSevenWhereTenWereReceived() {
        prepared = folder.resolve("prepared");
        Actor ada = Actor.named("Ada");
        try (Backend backend = Backend.open(prepared)) {
            for (int i = 0; i < PRODUCTS; i++) {
                long id = TestBackends.product(backend, "KILL-" + i).id();
                backend.stock().receive(TestBackends.change(id, "MAIN", RECEIVED));
                products.add(id);
            }
            sessionId = backend.countSessions()
                    .create(ada, new NewCountSession("Kill", CountScope.locations("MAIN"), false, List.of()))
                    .id();
            for (long product : products) {
                backend.countSessions().count(new CountEntry(ada, sessionId, product, "MAIN", COUNTED));
            }
            backend.countSessions().finishCounting(ada, sessionId);
        }
    }

    @Test
    void aPostingKilledPartWayAndRunAgainPostsEveryLineOnce() throws Exception {
        Path data = killPartWay("service");

        assertThat(post(data, "service")).as("the second run finishes").isTrue();

        assertThat(wrongOnHand(data))
                .as("products whose on hand is not the count")
                .isEmpty();
        try (Backend backend = Backend.open(data)) {
            assertThat(backend.verifier().verify().consistent()).isTrue();
            assertThat(backend.countSessions().session(sessionId).status()).isEqualTo(CountSessionStatus.POSTED);
            for (long product : products) {
                assertThat(backend.ledger().history(product, 10))
                        .as("a receipt and one count movement")
                        .hasSize(2);
            }
        }
    }

    @Test
    void aPostingThatKeepsNoRecordOfItsLinesIsCaughtByTheSameCheck() throws Exception {
        Path data = killPartWay("naive");

        assertThat(post(data, "naive")).isTrue();

        assertThat(wrongOnHand(data))
                .as("the lines done before the kill are adjusted twice")
                .isNotEmpty();
    }

    /**
     * Copies the prepared folder and kills a posting in it until a kill lands part-way (some products adjusted,
     * some not); returns that folder.
     */
    private Path killPartWay(String mode) throws Exception {
        long pauseMs = 400;
        List<String> tried = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path data = folder.resolve(mode + "-" + attempt);
            copy(prepared, data);
            boolean finished = postAndKillAfter(data, mode, pauseMs);
            int adjusted = PRODUCTS - wrongOnHand(data).size();
            tried.add(pauseMs + " ms: " + adjusted + " of " + PRODUCTS + (finished ? " (finished)" : ""));
            if (adjusted > 0 && adjusted < PRODUCTS) {
                System.out.println(mode + " posting killed part-way: " + tried);
                return data;
            }
            pauseMs = adjusted == 0 ? pauseMs * 2 : Math.max(1, pauseMs / 2);
        }
        throw new AssertionError("no kill landed part-way through the posting: " + tried);
    }

    /** Runs a posting to its end; true when it said DONE. */
    private boolean post(Path data, String mode) throws Exception {
        Process poster = start(data, mode);
        Output output = new Output(poster);
        assertThat(poster.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output.drained().contains("DONE");
    }

    /** Starts a posting, kills it with SIGKILL {@code pauseMs} after it said POSTING; true if it finished first. */
    private boolean postAndKillAfter(Path data, String mode, long pauseMs) throws Exception {
        Process poster = start(data, mode);
        Output output = new Output(poster);
        output.await("POSTING");
        Thread.sleep(pauseMs);
        poster.destroyForcibly(); // SIGKILL
        assertThat(poster.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output.drained().contains("DONE");
    }

    private Process start(Path data, String mode) throws IOException {
        return JavaProcesses.java(
                        "unused",
                        CountPostingProcess.class.getName(),
                        data.toString(),
                        String.valueOf(sessionId),
                        String.valueOf(BATCH),
                        mode)
                .start();
    }

    /** Products whose on hand is not what was counted (nothing moved after the count). */
    private List<Long> wrongOnHand(Path data) {
        try (Backend backend = Backend.open(data)) {
            return products.stream()
                    .filter(p -> backend.catalogue().productRow(p).orElseThrow().onHand() != COUNTED)
                    .toList();
        }
    }

    /** What a poster prints, read on a thread of its own. */
    private static final class Output {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread reader;

        Output(Process process) {
            reader = new Thread(
                    () -> {
                        try (BufferedReader out = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line = out.readLine(); line != null; line = out.readLine()) {
                                lines.add(line);
                            }
                        } catch (IOException ended) {
                            // killed
                        }
                    },
                    "poster-output");
            reader.setDaemon(true);
            reader.start();
        }

        void await(String wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.equals(wanted)) {
                        return;
                    }
                }
            }
            throw new AssertionError("the poster never printed " + wanted + "; it printed " + seen);
        }

        /** Every line, once the process has ended and its output is read to the end. */
        List<String> drained() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(30));
            lines.drainTo(seen);
            return seen;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
