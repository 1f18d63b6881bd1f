package org.stockroom.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread that runs a task at a fixed delay (reservation expiry, backups, the ledger audit).
 * Closing stops the schedule and lets a run in progress finish: it is never interrupted, since it may be inside
 * H2, which can corrupt its file when a thread running SQL is interrupted.
 */
public final class BackgroundSchedule implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final Duration drain;

    /** {@code drain}: how long {@link #close} waits for a run in progress. */
    public BackgroundSchedule(String threadName, Duration drain) {
        this.drain = drain;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void every(Duration first, Duration period, Runnable task) {
        timer.scheduleWithFixedDelay(task, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
