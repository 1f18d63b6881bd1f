package org.stockroom.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds submitted work until the test completes it, in any order: what a view model does while its work is
 * still in the background (a second Save press, a newer search overtaking an older one) is then testable
 * without threads or waits.
 */
public final class HeldTaskExecutor implements TaskExecutor {

    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Runs the {@code index}-th work submitted since the last {@link #completeAll()} (from 0). */
    public void complete(int index) {
        Runnable task = held.set(index, null);
        task.run();
    }

    /** Runs everything held, including work its callbacks submit, until nothing is left; indices restart. */
    public void completeAll() {
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i) != null) {
                complete(i);
            }
        }
        held.clear();
    }

    /** Work submitted and not yet run. */
    public int pending() {
        return (int) held.stream().filter(task -> task != null).count();
    }

    @Override
    public void onUiThread(Runnable uiWork) {
        uiWork.run();
    }
}
