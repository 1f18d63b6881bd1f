package org.stockroom.bench;

import java.util.Locale;

/** One row of the benchmark: a workload, a thread count and a path, and what was measured. */
public record BenchResult(
        String workload,
        int threads,
        String path,
        double opsPerSec,
        double p50Micros,
        double p99Micros,
        double attemptsPerSuccess,
        long oversells,
        long lostUpdates,
        long operations,
        long refusals,
        long errors) {

    String toJson() {
        return String.format(
                Locale.ROOT,
                "{\"workload\": \"%s\", \"threads\": %d, \"path\": \"%s\", "
                        + "\"opsPerSec\": %.1f, \"p50Micros\": %.1f, \"p99Micros\": %.1f, "
                        + "\"attemptsPerSuccess\": %.3f, \"oversells\": %d, \"lostUpdates\": %d, \"errors\": %d}",
                workload,
                threads,
                path,
                opsPerSec,
                p50Micros,
                p99Micros,
                attemptsPerSuccess,
                oversells,
                lostUpdates,
                errors);
    }
}
