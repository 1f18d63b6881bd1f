package org.stockroom.persistence;

import java.util.function.Supplier;

/**
 * Lets one write transaction run at a time. H2 (every version from 2.2.224 to 2.5.252) can put an old row
 * version back over other sessions' commits when it rolls back a transaction under contention; with one writer
 * at a time, a rollback has no concurrent writer to hurt. See docs/decisions/0004-h2-version.md.
 */
public interface WriteGate {

    /** Runs {@code work} while no other write transaction of this process (or site) runs. */
    <T> T exclusive(Supplier<T> work);

    /** No gate at all: only for the negative control of the rollback test, which must catch lost updates. */
    WriteGate NONE = new WriteGate() {
        @Override
        public <T> T exclusive(Supplier<T> work) {
            return work.get();
        }
    };
}
