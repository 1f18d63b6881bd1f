package org.stockroom.service;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockroom.persistence.Database;

/**
 * Keeps the database file compact while a process has it open: H2's background writer would, but Stockroom
 * turns it off so that nothing stores beside a running write (decision 0004). Runs under the write gate.
 */
final class StoreCompaction implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);

    private final BackgroundSchedule timer = new BackgroundSchedule("stockroom-compaction", Duration.ofSeconds(30));

    StoreCompaction(Database database, Duration every) {
        timer.every(every, every, () -> compact(database));
    }

    private static void compact(Database database) {
        try {
            database.compactStore();
        } catch (RuntimeException e) {
            // A busy gate or a failed step: the file is only larger than it needs to be; try again next time.
            if (ExpectedFailure.of(e)
                    .map(f -> f.kind() == ExpectedFailure.Kind.BUSY)
                    .orElse(false)) {
                // a long write (an import, a count posting) holds the gate: not a fault, and not "the stock record"
                LOG.info("Compaction put off: a long write holds the database; the next scheduled run tries again");
            } else {
                LOG.warn("Compacting the database file failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.close();
    }
}
