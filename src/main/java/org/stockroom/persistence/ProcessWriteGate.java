package org.stockroom.persistence;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time in this process: a fair lock held from a write transaction's first statement to its
 * COMMIT or ROLLBACK. Enough for an embedded database, which only one process can open. Reentrant, so a write
 * that starts another write in the same thread does not wait for itself.
 */
public final class ProcessWriteGate implements WriteGate {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final long timeoutMillis;

    public ProcessWriteGate(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public <T> T exclusive(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            release();
        }
    }

    /** How deep the calling thread is nested: 1 in the outermost write. */
    int holdCount() {
        return lock.getHoldCount();
    }

    void acquire() {
        try {
            // A wait as long as a database lock wait, then the same "busy, try again" as a lock timeout.
            if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new DatabaseBusyException(null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseBusyException(e);
        }
    }

    void release() {
        lock.unlock();
    }
}
