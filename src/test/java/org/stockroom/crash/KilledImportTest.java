package org.stockroom.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.app.Launcher;
import org.stockroom.service.Backend;

/**
 * Kills {@code stockroom import products} with SIGKILL at random moments of its run and reopens the folder: the
 * catalogue holds every row of the file or none, and the ledger and audit verify. Negative control: the generator,
 * which commits every 20,000 products as a batch importer would, is killed the same way, and the same check finds
 * a folder holding part of it.
 */
class KilledImportTest {

    static final int ROWS = 40_000; // two of the generator's 20,000-product batches
    static final int KILLS = Integer.getInteger("stockroom.crash.importKills", 3);

    @TempDir
    Path folder;

    final Random random = new Random(Long.getLong("stockroom.crash.seed", System.nanoTime()));

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        Path file = productsFile();
        long full = timed(importer(folder.resolve("timing"), file));
        int killedWhileRunning = 0;
        for (int k = 0; k < KILLS; k++) {
            Path data = folder.resolve("kill-" + k);
            long at = (long) (full * (0.35 + 0.6 * random.nextDouble()));
            boolean killed = killAfter(importer(data, file), at);
            killedWhileRunning += killed ? 1 : 0;
            long count = productsIn(data);
            assertThat(count)
                    .as("kill %d at %d of %d ms: all or nothing", k, at, full)
                    .isIn(0L, (long) ROWS);
        }
        assertThat(killedWhileRunning)
                .as("at least one kill landed before the import ended")
                .isPositive();
    }

    @Test
    void negativeControlABatchCommittingWriterIsCaughtHalfWay() throws Exception {
        long full = timed(generator(folder.resolve("timing")));
        java.util.List<Long> seen = new java.util.ArrayList<>();
        for (int k = 0; k < 6 && seen.stream().noneMatch(n -> n > 0 && n < ROWS); k++) {
            Path data = folder.resolve("control-" + k);
            killAfter(generator(data), (long) (full * (0.45 + 0.4 * random.nextDouble())));
            seen.add(productsIn(data));
        }
        assertThat(seen)
                .as("the same check catches a writer that commits in batches (of %d ms)", full)
                .anyMatch(n -> n > 0 && n < ROWS);
    }

    private ProcessBuilder importer(Path data, Path file) {
        return JavaProcesses.java(
                "unused", Launcher.class.getName(), "import", "products", file.toString(), "--data-dir=" + data);
    }

    private ProcessBuilder generator(Path data) {
        return JavaProcesses.java(
                "unused", Launcher.class.getName(), "generate", "--products=" + ROWS, "--data-dir=" + data);
    }

    private static long timed(ProcessBuilder process) throws Exception {
        long started = System.nanoTime();
        Process p = process.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("the full run succeeds").isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** True when the process was still running when killed. */
    private static boolean killAfter(ProcessBuilder process, long millis) throws Exception {
        Process p = process.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = p.waitFor(millis, TimeUnit.MILLISECONDS);
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return !ended;
    }

    private static long productsIn(Path data) {
        if (!Files.exists(data)) {
            return 0; // killed before it made the folder
        }
        try (Backend backend = Backend.open(data)) {
            assertThat(backend.verifier().verify().consistent()).isTrue();
            return backend.catalogue().productCount();
        }
    }

    private Path productsFile() throws IOException {
        StringBuilder s = new StringBuilder("SKU,Name,Category,Unit,Unit cost\n");
        for (int i = 0; i < ROWS; i++) {
            s.append("K-").append(i).append(",Killed import part ").append(i).append(",Parts,each,1.5\n");
        }
        Path file = folder.resolve("products.csv");
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }
}
