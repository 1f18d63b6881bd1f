package org.stockroom.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stockroom.bench.BenchConfig;
import org.stockroom.bench.BenchReport;
import org.stockroom.bench.BenchResult;
import org.stockroom.bench.Benchmark;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PostgresAddress;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockroom bench}: measures the stock paths side by side and prints a table or one JSON object. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {
            CatalogueBenchCommand.class,
            RollbackBenchCommand.class,
            MovementBenchCommand.class,
            ImportBenchCommand.class
        },
        description = "Benchmark issue/reserve/release through the service layer against hand-written JDBC, "
                + "an ORM with @Version retries and an in-memory map, in a temporary data folder.")
public final class BenchCommand implements Callable<Integer> {

    private final BackendOpener opener;

    BenchCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Folder for the benchmark database "
                    + "(default: a new temporary folder). It must not hold a database yet.")
    Path dataDir;

    @Option(
            names = "--durability",
            defaultValue = "synced",
            paramLabel = "MODE",
            description = "synced (the default: acknowledged once on disk) or may-lose-last-second.")
    String durability;

    @Option(
            names = "--database",
            paramLabel = "postgresql://[USER@]HOST[:PORT]/DB",
            description = "An empty PostgreSQL database to measure instead of a new H2 folder (password from"
                    + " --password-file or $STOCKROOM_DATABASE_PASSWORD).")
    String database;

    @Option(names = "--password-file", paramLabel = "FILE", description = "The PostgreSQL database's password.")
    Path passwordFile;

    @Option(names = "--seconds", defaultValue = "2", description = "Measured seconds per run (default: 2).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "1", description = "Warm-up seconds per run (default: 1).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds; the median is reported (default: 3).")
    int rounds;

    @Option(names = "--products", defaultValue = "100000", description = "SKUs in the spread workload.")
    int products;

    @Option(names = "--threads", split = ",", defaultValue = "1,4,16,64")
    List<Integer> threads;

    @Option(names = "--paths", split = ",", defaultValue = "service,jdbc,orm-retry,memory")
    List<String> paths;

    @Option(names = "--workloads", split = ",", defaultValue = "hot,spread")
    List<String> workloads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatabaseTarget.Durability mode;
        try {
            mode = DatabaseTarget.Durability.parse(durability);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--durability: " + e.getMessage(), e);
        }
        if (seconds < 1
                || warmup < 0
                || rounds < 1
                || products < 1
                || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--seconds, --rounds, --products and --threads must be positive");
        }
        Path dir = dataDir != null ? dataDir.toAbsolutePath() : Files.createTempDirectory("stockroom-bench");
        if (Files.exists(dir.resolve("stockroom.mv.db"))) {
            throw new IllegalArgumentException("--data-dir " + dir + " already holds a database; give an empty folder");
        }
        DatabaseTarget target = database == null ? null : PostgresAddress.parse(database, this::databasePassword);
        BenchConfig config =
                new BenchConfig(dir, mode, products, workloads, threads, paths, warmup, seconds, rounds, target);
        List<BenchResult> results = new Benchmark(opener, config, line -> {
                    if (!json) {
                        spec.commandLine().getErr().println(line);
                    }
                })
                .run();
        String machine = BenchReport.machine();
        String described = target != null
                ? target.describe() + ": every commit on the server's disk when acknowledged (synchronous_commit)"
                : mode.syncs()
                        ? "synced: every write runs CHECKPOINT SYNC inside the write gate before it is acknowledged"
                        : "may-lose-last-second: H2's default write delay, no sync (a crash loses the last ~1 s)";
        spec.commandLine()
                .getOut()
                .println(
                        json
                                ? BenchReport.json(machine, described, results)
                                : BenchReport.table(machine, described, results));
        if (dataDir == null) {
            deleteQuietly(dir);
        }
        return ExitCodes.OK;
    }

    private String databasePassword() {
        return DatabaseOptions.password(
                passwordFile, System.getenv(), DatabaseOptions.DATABASE_PASSWORD_VARIABLE, "database");
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
