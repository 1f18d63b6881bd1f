package org.stockroom.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs database work off the FX thread and hands the result back on it. Work is never interrupted once
 * started: interrupting a thread inside H2 can corrupt the database file. Long work reports progress and stops
 * when asked, between its batches ({@link #runWithProgress}).
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small piece of UI work on the UI thread: the FX thread here, at once in view-model tests. */
    void onUiThread(Runnable uiWork);

    /**
     * Long work that reports progress and checks for a stop request between batches; the handle shows both to
     * the window (a progress dialog, a Cancel button). Work that stops early returns what it has done so far.
     */
    default <T> TaskHandle runWithProgress(
            Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(this::onUiThread);
        run(
                () -> work.apply(handle.progress()),
                result -> {
                    handle.finished();
                    onSuccess.accept(result);
                },
                error -> {
                    handle.finished();
                    onFailure.accept(error);
                });
        return handle;
    }
}
