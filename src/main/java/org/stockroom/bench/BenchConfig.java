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
        int rounds,
        DatabaseTarget database) {

    /** Where the benchmark writes: the given database (an empty PostgreSQL one), else a new H2 folder. */
    public DatabaseTarget target() {
        return database != null ? database : new DatabaseTarget.Local(dataDirectory, durability);
    }
}
