package org.stockroom.app;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;
import org.stockroom.ui.startup.ProcessStart;
import org.stockroom.ui.startup.StartupReport;

/**
 * The window's start as {@code --startup-report} and {@code --exit-after-start} see it: its steps, its first frame
 * and the frame that shows the rows. Does nothing when neither option is given.
 */
final class StartupWatch {

    /** Null unless a report or an exit after start was asked for. */
    private final StartupReport report;

    /** {@code out} gets the report's line (when asked for), then {@code then} runs (the exit, when asked for). */
    StartupWatch(boolean reportAskedFor, boolean exitAskedFor, Consumer<String> out, Runnable then) {
        if (!reportAskedFor && !exitAskedFor) {
            report = null;
            return;
        }
        report = new StartupReport(
                ProcessStart.epochMillis(), reportAskedFor ? out : line -> {}, exitAskedFor ? then : () -> {});
        String main = System.getProperty(Launcher.MAIN_STARTED);
        if (main != null) {
            report.stepAt("main() entered (the JVM before it)", Long.parseLong(main));
        }
    }

    /** Notes the scene's frames from now on; call before the window is shown. */
    void watch(Scene scene) {
        if (report != null) {
            report.watch(scene);
        }
    }

    /** A step of the start begins (from any thread). */
    void step(String what) {
        if (report != null) {
            report.step(what);
        }
    }

    /** From now on a frame counts as showing the rows when {@code rowsShown} says so. */
    void rowsShownWhen(BooleanSupplier rowsShown) {
        if (report != null) {
            report.dataVisibleWhen(rowsShown);
        }
    }
}
