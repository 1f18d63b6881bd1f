package org.stockroom.bench;

import java.util.concurrent.atomic.LongAdder;

/** Counts attempts and successes of a path's operations. */
final class Attempts {

    private final LongAdder attempts = new LongAdder();
    private final LongAdder successes = new LongAdder();

    void attempt() {
        attempts.increment();
    }

    void success() {
        successes.increment();
    }

    double perSuccess() {
        long done = successes.sum();
        return done == 0 ? 0 : (double) attempts.sum() / done;
    }

    void reset() {
        attempts.reset();
        successes.reset();
    }
}
