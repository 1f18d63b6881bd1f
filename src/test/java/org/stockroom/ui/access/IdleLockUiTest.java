package org.stockroom.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stockroom.ui.pages.FxDriver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock fires after the time without input, not while someone types in any window (a form opened after
 * it started counts too), and not at all when switched off. The typing lasts three idle times, and the same lock
 * fires within one idle time of silence right after: "no lock" is the typing's doing, not a timer that never runs.
 */
class IdleLockUiTest {

    final FxRobot robot = new FxRobot();
    final FxDriver fx = new FxDriver(robot);
    final AtomicInteger locks = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void typingInAFormOpenedLaterHoldsTheLockOffAndSilenceLetsItFire() throws Exception {
        FxToolkit.registerPrimaryStage();
        IdleLock idle = fx.onFxThread(() -> new IdleLock(locks::incrementAndGet));
        TextField field = fx.onFxThread(() -> {
            TextField f = new TextField();
            Stage form = new Stage();
            form.setScene(new Scene(f, 300, 80));
            form.show();
            return f;
        });
        robot.clickOn(field);
        robot.interact(() -> idle.start(Duration.ofMillis(600)));

        for (int i = 0; i < 12; i++) { // 1.8 s of typing, three times the idle time
            robot.type(KeyCode.A);
            Thread.sleep(150);
        }
        assertThat(locks).as("no lock while someone types").hasValue(0);

        fx.waitUntil("the lock after 600 ms of silence", () -> locks.get() == 1, 5);
        Thread.sleep(900);
        assertThat(locks).as("it fires once, not again and again").hasValue(1);

        robot.interact(() -> idle.start(Duration.ZERO));
        Thread.sleep(900);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locks).as("switched off").hasValue(1);
    }
}
