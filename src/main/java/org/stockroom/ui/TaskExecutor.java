package org.stockroom.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the FX thread and hands the result back on it. Work is never interrupted once
 * started: interrupting a thread inside H2 can corrupt the database file.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
