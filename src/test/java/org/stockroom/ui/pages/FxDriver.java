package org.stockroom.ui.pages;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every page object does with the robot: find a node by its fx:id, type, click, wait, read on the FX thread. */
public final class FxDriver {

    private final FxRobot robot;

    public FxDriver(FxRobot robot) {
        this.robot = robot;
    }

    /**
     * Waits up to 30 s: on a loaded 2-core machine (CI with other work running) a sign-in's BCrypt checks and a
     * list reload have taken longer than 15 s.
     */
    public void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, 30);
    }

    public void waitUntil(String what, Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /** Reads JavaFX state on its own thread: controls and their lists are not thread-safe. */
    public <T> T onFxThread(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node is in the scene (a page is built on its first show) and it and all that holds it are visible. */
    boolean showsWhole(String fxId) {
        return onFxThread(() -> find(fxId, Node.class)
                .map(node -> {
                    for (Node n = node; n != null; n = n.getParent()) {
                        if (!n.isVisible()) {
                            return false;
                        }
                    }
                    return true;
                })
                .orElse(false));
    }

    <T extends Node> java.util.Optional<T> find(String fxId, Class<T> type) {
        return robot.lookup("#" + fxId).tryQueryAs(type);
    }

    <T extends Node> T get(String fxId, Class<T> type) {
        return robot.lookup("#" + fxId).queryAs(type);
    }

    /**
     * Types as a person would: click the field, then the keys. A dialog that has just opened may not have the
     * keyboard yet on a loaded machine (the keys then go to the window behind it), so the text is checked and
     * typed again, up to three times, before the test is told it could not type.
     */
    void type(String fxId, String text) {
        TextField field = get(fxId, TextField.class);
        try {
            // Keys go to the focused window: wait (a little) for the field's window to have the keyboard.
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> onFxThread(() -> field.getScene().getWindow().isFocused()));
        } catch (TimeoutException notFocused) {
            // Some headless stages never report focus; the click below gives it, and the check after tells.
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.interact(field::clear);
            // Headless stages may not have focus: click the field before typing.
            robot.clickOn(field).write(text);
            WaitForAsyncUtils.waitForFxEvents();
            if (text.equals(onFxThread(field::getText))) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(
                "Could not type '" + text + "' into " + fxId + ": it holds '" + onFxThread(field::getText) + "'");
    }

    void click(String fxId) {
        robot.clickOn(get(fxId, Node.class));
    }

    void interact(Runnable action) {
        robot.interact(action);
    }

    boolean isShowing(String fxId) {
        return find(fxId, Node.class)
                .map(n -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .orElse(false);
    }
}
