package org.stockroom.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reference design's own example: a map guarded by one lock, with an in-memory ledger. No durability at
 * all; an upper bound for what checking and changing stock can cost.
 */
final class MemoryPath implements BenchPath {

    private static final int LEDGER_ENTRIES = 1 << 20;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, long[]> stock = new HashMap<>(); // product -> {on hand, reserved}
    private final Map<Long, long[]> reservations = new HashMap<>(); // id -> {product, quantity}
    /** The in-memory ledger: a ring of (product, change, on hand after), so millions of writes stay in bounds. */
    private final long[] ledger = new long[3 * LEDGER_ENTRIES];

    private int ledgerNext;
    private long nextReservation = 1;

    MemoryPath(long[] productIds, long onHand) {
        for (long id : productIds) {
            stock.put(id, new long[] {onHand, 0});
        }
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean issue(long productId, long quantity) {
        lock.lock();
        try {
            long[] level = stock.get(productId);
            if (level[0] - level[1] < quantity) {
                return false;
            }
            level[0] -= quantity;
            append(productId, -quantity, level[0]);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long reserve(long productId, long quantity) {
        lock.lock();
        try {
            long[] level = stock.get(productId);
            if (level[0] - level[1] < quantity) {
                return -1;
            }
            level[1] += quantity;
            long id = nextReservation++;
            reservations.put(id, new long[] {productId, quantity});
            return id;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void release(long productId, long handle, long quantity) {
        lock.lock();
        try {
            long[] reservation = reservations.remove(handle);
            if (reservation != null) {
                stock.get(reservation[0])[1] -= reservation[1];
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void refill(long productId, long quantity) {
        lock.lock();
        try {
            long[] level = stock.get(productId);
            level[0] += quantity;
            append(productId, quantity, level[0]);
        } finally {
            lock.unlock();
        }
    }

    private void append(long productId, long change, long onHandAfter) {
        int at = 3 * ledgerNext;
        ledger[at] = productId;
        ledger[at + 1] = change;
        ledger[at + 2] = onHandAfter;
        ledgerNext = (ledgerNext + 1) % LEDGER_ENTRIES;
    }

    @Override
    public double attemptsPerSuccess() {
        return 1.0; // a lock never fails an attempt
    }

    @Override
    public void resetCounters() {
        // nothing is counted
    }

    @Override
    public Map<Long, Long> onHandSnapshot() {
        lock.lock();
        try {
            Map<Long, Long> snapshot = new HashMap<>();
            stock.forEach((id, level) -> snapshot.put(id, level[0]));
            return snapshot;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long oversoldLevels() {
        lock.lock();
        try {
            return stock.values().stream()
                    .filter(l -> l[0] < 0 || l[1] > l[0] || l[1] < 0)
                    .count();
        } finally {
            lock.unlock();
        }
    }
}
