package org.stockroom.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.domain.scan.ScannerSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wedge in a real scene: scripted key events go through the scene to a focused text field, each handled at a
 * scripted time. At scanner pace the code leaves the field as it was, its Enter fires no action and its Tab moves
 * no focus, and the code reaches the workflow; at typing pace the same keys are ordinary typing.
 */
class KeyboardWedgeUiTest {

    static final ScannerSettings SETTINGS = new ScannerSettings(40, 4, "", "", "~", 0);
    final AtomicLong clock = new AtomicLong();
    final List<ScannedCode> scans = new ArrayList<>();
    final AtomicInteger actions = new AtomicInteger();
    final AtomicBoolean active = new AtomicBoolean(true);
    Stage stage;
    TextField first;
    TextField second;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void window() throws Exception {
        stage = onFx(() -> {
            first = new TextField("abc");
            first.setOnAction(e -> actions.incrementAndGet());
            second = new TextField();
            Stage window = new Stage();
            window.setScene(new Scene(new VBox(first, second), 300, 120));
            new KeyboardWedge(() -> SETTINGS, clock::get, active::get, scans::add).install(window.getScene());
            window.show();
            first.requestFocus();
            first.positionCaret(3);
            return window;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Each character, then the terminator, one every {@code everyMillis}, as the field would receive them. */
    private void keys(String text, KeyCode terminator, double everyMillis) throws Exception {
        for (char c : text.toCharArray()) {
            clock.addAndGet((long) (everyMillis * 1e6));
            onFx(() -> {
                Event.fireEvent(focused(), typed(String.valueOf(c)));
                return null;
            });
        }
        clock.addAndGet((long) (everyMillis * 1e6));
        onFx(() -> {
            Event.fireEvent(
                    focused(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", terminator, false, false, false, false));
            return null;
        });
    }

    private javafx.scene.Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    @Test
    void aScanLeavesTheFieldAsItWasAndGoesToTheWorkflow() throws Exception {
        keys("]C10104006381333931" + "10LOT1~21SER9", KeyCode.ENTER, 4);

        assertThat(first.getText()).isEqualTo("abc");
        assertThat(actions).as("the scanner's Enter is not the field's").hasValue(0);
        assertThat(scans).singleElement().satisfies(code -> {
            assertThat(code.gtin()).isEqualTo("04006381333931");
            assertThat(code.lot()).isEqualTo("LOT1");
            assertThat(code.serial()).isEqualTo("SER9");
        });
    }

    @Test
    void theSameKeysTypedByAPersonAreTyping() throws Exception {
        keys("4006381333931", KeyCode.ENTER, 110);

        assertThat(first.getText()).isEqualTo("abc4006381333931");
        assertThat(actions).hasValue(1);
        assertThat(scans).isEmpty();
    }

    @Test
    void aScannersTabMovesNoFocus() throws Exception {
        keys("LOC-A1", KeyCode.TAB, 3);

        assertThat(scans).extracting(ScannedCode::text).containsExactly("LOC-A1");
        assertThat(onFx(() -> first.isFocused())).isTrue();
        assertThat(first.getText()).isEqualTo("abc");
    }

    @Test
    void whileInactiveAScanIsLeftToTheField() throws Exception {
        active.set(false); // the sign-in screen: a badge is scanned into the name field
        keys("BADGE-0042", KeyCode.ENTER, 3);

        assertThat(scans).isEmpty();
        assertThat(first.getText()).isEqualTo("abcBADGE-0042");
        assertThat(actions).hasValue(1);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
