package org.stockroom.bench;

import java.util.Map;

/**
 * One way of doing the benchmark's work (issue, reserve, release, refill) against stock. Implementations must
 * be safe to call from many threads. Methods return false when refused for lack of stock.
 */
interface BenchPath extends AutoCloseable {

    String name();

    boolean issue(long productId, long quantity);

    /** Returns a handle for {@link #release}, or -1 if refused. */
    long reserve(long productId, long quantity);

    void release(long productId, long handle, long quantity);

    /** Puts stock back so that refusals do not dominate; not timed. */
    void refill(long productId, long quantity);

    /** Attempts made per successful operation (1.0 when nothing is retried). */
    double attemptsPerSuccess();

    void resetCounters();

    /** On hand of every product, for the lost-update check (product id -> on hand). */
    Map<Long, Long> onHandSnapshot();

    /** Products whose reserved exceeds on hand or whose on hand is negative. */
    long oversoldLevels();

    @Override
    default void close() {}
}
