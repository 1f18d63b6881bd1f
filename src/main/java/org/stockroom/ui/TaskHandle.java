package org.stockroom.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A long piece of background work as the window sees it: how far it is (0 to 1, or -1 while not known), its
 * latest message, whether it has ended, and a way to ask it to stop. The properties change on the UI thread.
 */
public final class TaskHandle {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Consumer<Runnable> onUiThread;

    TaskHandle(Consumer<Runnable> onUiThread) {
        this.onUiThread = onUiThread;
    }

    /** What the work reports into and checks; safe to call from the worker thread. */
    Progress progress() {
        return new Progress() {
            @Override
            public void report(long doneUnits, long total, String line) {
                double fraction = total > 0 ? Math.min(1.0, (double) doneUnits / total) : -1;
                onUiThread.accept(() -> {
                    progress.set(fraction);
                    message.set(line);
                });
            }

            @Override
            public boolean cancelRequested() {
                return cancelRequested.get();
            }
        };
    }

    void finished() {
        onUiThread.accept(() -> done.set(true));
    }

    /** Asks the work to stop at its next batch boundary; what it finished stays done. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
