package org.stockroom.ui.startup;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Scene;

/**
 * Notes the first frame of the window and the first frame that shows the catalogue, then hands on one JSON line
 * with both, as wall-clock milliseconds and as milliseconds since the process started. A frame is noted at the
 * end of the pulse that laid it out; the render thread paints it right after.
 */
public final class StartupReport {

    private final long processStartEpochMs;
    private final Consumer<String> out;
    private final Runnable whenReported;
    private long firstFrameEpochMs = -1;
    private BooleanSupplier dataVisible = () -> false;
    private boolean reported;
    private Scene watched;
    private final Runnable onPulse = this::afterPulse;
    private final java.util.List<String[]> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /**
     * A step of the start begins now (from any thread): the report gives each step's start, in milliseconds since
     * the process started, so a slow start names the step that took the time.
     */
    public void step(String name) {
        synchronized (steps) { // the clock read and the add as one: steps from two threads stay in time order
            stepAt(name, System.currentTimeMillis());
        }
    }

    /** A step that began at {@code epochMs} (before the report existed: the launcher's main()). */
    public void stepAt(String name, long epochMs) {
        steps.add(new String[] {name, Long.toString(epochMs - processStartEpochMs)});
    }

    public StartupReport(long processStartEpochMs, Consumer<String> out, Runnable whenReported) {
        this.processStartEpochMs = processStartEpochMs;
        this.out = out;
        this.whenReported = whenReported;
    }

    /** Starts watching the scene's frames; call before the window is shown. */
    public void watch(Scene scene) {
        watched = scene;
        scene.addPostLayoutPulseListener(onPulse);
    }

    /** From now on, a frame counts as showing the catalogue when this says so. */
    public void dataVisibleWhen(BooleanSupplier condition) {
        this.dataVisible = condition;
    }

    private void afterPulse() {
        if (reported || watched.getWindow() == null || !watched.getWindow().isShowing()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (firstFrameEpochMs < 0) {
            firstFrameEpochMs = now;
        }
        if (dataVisible.getAsBoolean()) {
            reported = true;
            watched.removePostLayoutPulseListener(onPulse);
            out.accept(json(firstFrameEpochMs, now));
            whenReported.run();
        }
    }

    private String json(long firstFrame, long dataVisibleAt) {
        return String.format(
                Locale.ROOT,
                "{\"firstFrameEpochMs\": %d, \"dataVisibleEpochMs\": %d, \"firstFrameMs\": %d, \"dataVisibleMs\": %d,"
                        + " \"steps\": [%s]}",
                firstFrame,
                dataVisibleAt,
                firstFrame - processStartEpochMs,
                dataVisibleAt - processStartEpochMs,
                stepsJson());
    }

    /** [{"step": "Opening the database file", "startMs": 812}, ...] in the order they began. */
    private String stepsJson() {
        synchronized (steps) {
            return String.join(
                    ", ",
                    steps.stream()
                            .map(s -> String.format(
                                    Locale.ROOT,
                                    "{\"step\": \"%s\", \"startMs\": %s}",
                                    s[0].replace("\\", "\\\\").replace("\"", "\\\""),
                                    s[1]))
                            .toList());
        }
    }
}
