package org.stockroom.ui.scan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.stockroom.ui.TaskExecutor;

/**
 * Background tasks run one after another in the order they were asked for, each starting when the one before has
 * finished: a scanned count's entries must reach the database in scan order (each replaces the one before), and
 * its posting after the last of them. Used from the FX thread only.
 */
final class SerialTasks {

    private final TaskExecutor executor;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    SerialTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> executor.run(
                work,
                result -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        next();
                    }
                },
                error -> {
                    try {
                        onFailure.accept(error);
                    } finally {
                        next();
                    }
                }));
        if (!running) {
            next();
        }
    }

    /** True while a task runs or waits. */
    boolean busy() {
        return running;
    }

    private void next() {
        Runnable task = waiting.poll();
        running = task != null;
        if (task != null) {
            task.run();
        }
    }
}
