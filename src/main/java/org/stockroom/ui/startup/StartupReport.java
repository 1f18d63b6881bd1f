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
                "{\"firstFrameEpochMs\": %d, \"dataVisibleEpochMs\": %d, \"firstFrameMs\": %d, \"dataVisibleMs\": %d}",
                firstFrame,
                dataVisibleAt,
                firstFrame - processStartEpochMs,
                dataVisibleAt - processStartEpochMs);
    }
}
