package org.stockroom.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real executor: a small pool of daemon threads; callbacks run on the FX thread. */
public final class UiTaskExecutor implements TaskExecutor, AutoCloseable {

    /**
     * Two: enough to load a page while a count runs, and on a two-core PC it leaves the FX thread a core
     * (measured: with four, deep-page queries starved it; see docs/PERFORMANCE.md).
     */
    static final int WORKERS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(UiTaskExecutor.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "stockroom-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            LOG.debug("Ignoring work submitted while closing");
            return;
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError e) {
                if (org.stockroom.service.ExpectedFailure.of(e).isPresent()) {
                    // A refusal the user is told about in words (no stock, a conflict, bad input): not a fault.
                    LOG.debug("Background task refused: {}", e.getMessage());
                } else {
                    LOG.error("Unexpected failure in background work", e);
                }
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable uiWork) {
        Platform.runLater(uiWork);
    }

    /** Lets running work finish (never interrupts it), then stops. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
