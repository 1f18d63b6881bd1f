package org.stockroom.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;

/**
 * Runs the same mix of issue, reserve and release through each path, side by side in one process on one
 * database, for a hot workload (one SKU) and a spread one (many SKUs chosen at random).
 */
public final class Benchmark {

    static final long REFILL = 100_000;
    static final long INITIAL_ON_HAND = 1_000;
    static final int MAX_SAMPLES = 1 << 20;
    /** Diagnostics: -Dstockroom.bench.issuesOnly=true runs issues (and refills) only. */
    static final boolean ISSUES_ONLY = Boolean.getBoolean("stockroom.bench.issuesOnly");

    private final BackendOpener opener;
    private final BenchConfig config;
    private final Consumer<String> progress;

    public Benchmark(BackendOpener opener, BenchConfig config, Consumer<String> progress) {
        this.opener = opener;
        this.config = config;
        this.progress = progress;
    }

    public List<BenchResult> run() throws Exception {
        Path dir = config.dataDirectory();
        try (Backend backend = opener.open(config.target())) {
            progress.accept("Creating " + config.spreadProducts() + " products in "
                    + config.target().describe() + " ...");
            long[] products =
                    BenchData.create(backend.database().dataSource(), config.spreadProducts(), INITIAL_ON_HAND);
            long mainId = BenchData.mainLocationId(backend.database().dataSource());
            List<BenchPath> paths = new ArrayList<>();
            for (String name : config.paths()) {
                paths.add(
                        switch (name) {
                            case "service" -> new ServicePath(backend);
                            case "jdbc" ->
                                new JdbcPath(
                                        backend.database().dataSource(),
                                        backend.database().transactions(),
                                        mainId);
                            case "orm-retry" ->
                                new OrmRetryPath(
                                        backend.database().transactions(),
                                        backend.database().dataSource(),
                                        mainId);
                            case "memory" -> new MemoryPath(products, INITIAL_ON_HAND);
                            default ->
                                throw new IllegalArgumentException(
                                        "Unknown path '" + name + "' (service, jdbc, orm-retry, memory)");
                        });
            }
            // Warm every path up first, so that the first measured run does not pay for the JIT alone.
            for (BenchPath path : paths) {
                progress.accept("Warming up " + path.name() + " ...");
                measure("spread", products, 4, path, config.warmupSeconds(), 1);
            }
            // Rounds alternate the order of the paths, and the median round is reported: on a small shared
            // machine one run can be off by a third either way (JIT, GC, H2's background writer).
            Map<String, List<BenchResult>> runs = new LinkedHashMap<>();
            for (int round = 0; round < config.rounds(); round++) {
                List<BenchPath> order = new ArrayList<>(paths);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (String workload : config.workloads()) {
                    long[] targets = workload.equals("hot") ? new long[] {products[0]} : products;
                    for (int threads : config.threads()) {
                        for (BenchPath path : order) {
                            BenchResult result =
                                    measure(workload, targets, threads, path, config.warmupSeconds(), config.seconds());
                            progress.accept(String.format(
                                    "  round %d %-6s %3d threads %-9s %10.0f ops/s",
                                    round + 1, workload, threads, path.name(), result.opsPerSec()));
                            runs.computeIfAbsent(workload + "/" + threads + "/" + path.name(), k -> new ArrayList<>())
                                    .add(result);
                        }
                    }
                }
            }
            List<BenchResult> results = new ArrayList<>();
            for (String workload : config.workloads()) {
                for (int threads : config.threads()) {
                    for (BenchPath path : paths) {
                        results.add(median(runs.get(workload + "/" + threads + "/" + path.name())));
                    }
                }
            }
            return results;
        }
    }

    private BenchResult measure(
            String workload, long[] targets, int threads, BenchPath path, int warmupSeconds, int seconds)
            throws Exception {
        Map<Long, Long> before = path.onHandSnapshot();
        Map<Long, LongAdder> net = new ConcurrentHashMap<>();
        BenchWorker[] workers = new BenchWorker[threads];
        CountDownLatch done = new CountDownLatch(threads);
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long measureEnd = warmupEnd + seconds * 1_000_000_000L;
        path.resetCounters();
        for (int t = 0; t < threads; t++) {
            workers[t] = new BenchWorker(path, targets, net, warmupEnd, measureEnd, done);
            Thread thread = new Thread(workers[t], "bench-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double attempts = path.attemptsPerSuccess();
        for (BenchWorker worker : workers) {
            worker.releaseAll();
        }
        Map<Long, Long> after = path.onHandSnapshot();
        long lost = 0;
        Set<Long> touched = new HashSet<>(net.keySet());
        for (long id : touched) {
            long expected = before.getOrDefault(id, 0L) + net.get(id).sum();
            long found = after.getOrDefault(id, 0L);
            if (found != expected) {
                lost++;
                progress.accept(String.format(
                        "  %s %s/%d: product %d has %d on hand, expected %d (%+d)",
                        path.name(), workload, threads, id, found, expected, found - expected));
            }
        }
        long[] latencies = Arrays.stream(workers)
                .flatMapToLong(w -> Arrays.stream(w.latencies()))
                .sorted()
                .toArray();
        long operations =
                Arrays.stream(workers).mapToLong(BenchWorker::measured).sum();
        long refusals = Arrays.stream(workers).mapToLong(w -> w.refusals).sum();
        long errors = Arrays.stream(workers).mapToLong(w -> w.errors).sum();
        Arrays.stream(workers)
                .map(w -> w.firstError)
                .filter(e -> e != null)
                .findFirst()
                .ifPresent(e -> progress.accept(String.format(
                        "  %s %s/%d: %d errors, first: %s", path.name(), workload, threads, errors, rootCause(e))));
        return new BenchResult(
                workload,
                threads,
                path.name(),
                operations / (double) seconds,
                percentile(latencies, 0.50) / 1000.0,
                percentile(latencies, 0.99) / 1000.0,
                attempts,
                path.oversoldLevels(),
                lost,
                operations,
                refusals,
                errors);
    }

    /** The run with the median throughput; its latencies; the worst correctness counts of all rounds. */
    private static BenchResult median(List<BenchResult> rounds) {
        List<BenchResult> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(BenchResult::opsPerSec));
        BenchResult mid = sorted.get(sorted.size() / 2);
        long oversells = rounds.stream().mapToLong(BenchResult::oversells).max().orElse(0);
        long lost = rounds.stream().mapToLong(BenchResult::lostUpdates).max().orElse(0);
        double attempts = rounds.stream()
                .mapToDouble(BenchResult::attemptsPerSuccess)
                .max()
                .orElse(0);
        return new BenchResult(
                mid.workload(),
                mid.threads(),
                mid.path(),
                mid.opsPerSec(),
                mid.p50Micros(),
                mid.p99Micros(),
                attempts,
                oversells,
                lost,
                mid.operations(),
                mid.refusals(),
                rounds.stream().mapToLong(BenchResult::errors).sum());
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + (root == e ? "" : " <- " + root) + ": " + e.getMessage();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
