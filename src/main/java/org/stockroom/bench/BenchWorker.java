package org.stockroom.bench;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/** One thread: issue 50 %, reserve 25 %, release 25 % (of its own earlier reservations). */
final class BenchWorker implements Runnable {
    private final BenchPath path;
    private final long[] targets;
    private final Map<Long, LongAdder> net;
    private final long warmupEnd;
    private final long measureEnd;
    private final CountDownLatch done;
    private final Deque<long[]> open = new ArrayDeque<>();
    private long[] latencies = new long[1 << 14];
    private int count;
    /** Operations measured, including those whose latency the reservoir did not keep. */
    private long seen;

    long refusals;
    long errors;
    RuntimeException firstError;

    BenchWorker(
            BenchPath path,
            long[] targets,
            Map<Long, LongAdder> net,
            long warmupEnd,
            long measureEnd,
            CountDownLatch done) {
        this.path = path;
        this.targets = targets;
        this.net = net;
        this.warmupEnd = warmupEnd;
        this.measureEnd = measureEnd;
        this.done = done;
    }

    @Override
    public void run() {
        try {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (true) {
                long start = System.nanoTime();
                if (start >= measureEnd) {
                    return;
                }
                long product = targets[targets.length == 1 ? 0 : random.nextInt(targets.length)];
                int dice = Benchmark.ISSUES_ONLY ? 0 : random.nextInt(4);
                try {
                    if (dice < 2) {
                        issue(product);
                    } else if (dice == 2 || open.isEmpty()) {
                        reserve(product);
                    } else {
                        long[] reservation = open.poll();
                        path.release(reservation[0], reservation[1], 1);
                    }
                } catch (RuntimeException e) {
                    // Counted and reported, not hidden: a correct path never gets here.
                    noteError(e);
                }
                long end = System.nanoTime();
                if (start >= warmupEnd) {
                    record(end - start);
                }
            }
        } finally {
            done.countDown();
        }
    }

    private void issue(long product) {
        if (path.issue(product, 1)) {
            net.computeIfAbsent(product, p -> new LongAdder()).decrement();
        } else {
            refusals++;
            refill(product);
        }
    }

    private void reserve(long product) {
        long handle = path.reserve(product, 1);
        if (handle >= 0) {
            open.add(new long[] {product, handle});
        } else {
            refusals++;
            refill(product);
        }
    }

    private void refill(long product) {
        path.refill(product, Benchmark.REFILL);
        net.computeIfAbsent(product, p -> new LongAdder()).add(Benchmark.REFILL);
    }

    /** Keeps at most MAX_SAMPLES latencies per thread (reservoir sampling), so fast paths fit in memory. */
    private void record(long nanos) {
        seen++;
        if (count < latencies.length) {
            latencies[count++] = nanos;
        } else if (count < Benchmark.MAX_SAMPLES) {
            latencies = Arrays.copyOf(latencies, Math.min(Benchmark.MAX_SAMPLES, count * 2));
            latencies[count++] = nanos;
        } else {
            long slot = ThreadLocalRandom.current().nextLong(seen);
            if (slot < Benchmark.MAX_SAMPLES) {
                latencies[(int) slot] = nanos;
            }
        }
    }

    private void noteError(RuntimeException e) {
        if (errors++ == 0) {
            firstError = e;
        }
    }

    long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    long measured() {
        return seen;
    }

    void releaseAll() {
        for (long[] reservation : open) {
            try {
                path.release(reservation[0], reservation[1], 1);
            } catch (RuntimeException e) {
                noteError(e);
            }
        }
        open.clear();
    }
}
