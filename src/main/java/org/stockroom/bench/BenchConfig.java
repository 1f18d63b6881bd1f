package org.stockroom.bench;

import java.nio.file.Path;
import java.util.List;
import org.stockroom.persistence.DatabaseTarget;

/** What to measure, and for how long. */
public record BenchConfig(
        Path dataDirectory,
        DatabaseTarget.Durability durability,
        int spreadProducts,
        List<String> workloads,
        List<Integer> threads,
        List<String> paths,
        int warmupSeconds,
        int seconds,
        int rounds) {}
