package org.stockroom.ui.access;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Calls {@code onIdle} after a time without a key, click, scroll or mouse move in any of the application's
 * windows (the main one and every open form). A zero time switches it off. The clock restarts at each input.
 */
public final class IdleLock {

    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<InputEvent> activity = e -> restart();
    private boolean on;

    public IdleLock(Runnable onIdle) {
        timer.setOnFinished(e -> onIdle.run());
        for (Window window : Window.getWindows()) {
            watch(window);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                watch(now);
            }
        });
    }

    private void watch(Scene scene) {
        scene.removeEventFilter(InputEvent.ANY, activity); // each scene once
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    /** Counts from now; {@code after} zero (or negative) stops it. */
    public void start(java.time.Duration after) {
        on = after.toMillis() > 0;
        timer.stop();
        if (on) {
            timer.setDuration(Duration.millis(after.toMillis()));
            timer.playFromStart();
        }
    }

    public void stop() {
        on = false;
        timer.stop();
    }

    private void restart() {
        if (on) {
            timer.playFromStart();
        }
    }
}
