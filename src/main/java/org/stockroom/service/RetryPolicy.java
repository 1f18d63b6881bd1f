package org.stockroom.service;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.stockroom.persistence.DatabaseBusyException;

/**
 * Bounded retry with jitter, only for commands that commute (deltas: receive, issue, transfer, reserve,
 * release, fulfil). A lock timeout or deadlock rolled everything back, and the idempotency key guarantees the
 * command is still recorded at most once, so trying again cannot double it. Absolute edits (counts, product
 * details) are never retried here: the user decides, in the retry dialog.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final long baseDelayMillis;
    private final LongAdder attempts = new LongAdder();
    private final LongAdder successes = new LongAdder();

    public RetryPolicy(int maxAttempts, long baseDelayMillis) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelayMillis = baseDelayMillis;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(3, 20);
    }

    public <T> T commuting(Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            attempts.increment();
            try {
                T result = command.get();
                successes.increment();
                return result;
            } catch (DatabaseBusyException busy) {
                if (attempt >= maxAttempts) {
                    throw busy;
                }
                pause(attempt);
            }
        }
    }

    /** Once, for commands that must not be retried automatically; counted the same way. */
    public <T> T once(Supplier<T> command) {
        attempts.increment();
        T result = command.get();
        successes.increment();
        return result;
    }

    private void pause(int attempt) {
        // Full jitter: a random wait up to a growing bound, so colliding writers spread out.
        long bound = baseDelayMillis * (1L << (attempt - 1));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseBusyException(e);
        }
    }

    /** Attempts made per command that succeeded (1.0 = no retries); for the benchmark. */
    public double attemptsPerSuccess() {
        long done = successes.sum();
        return done == 0 ? 0 : (double) attempts.sum() / done;
    }

    public void resetCounters() {
        attempts.reset();
        successes.reset();
    }
}
