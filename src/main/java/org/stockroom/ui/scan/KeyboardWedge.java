package org.stockroom.ui.scan;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stockroom.domain.scan.Gs1;
import org.stockroom.domain.scan.ScanDecoder;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.domain.scan.ScannerSettings;

/**
 * A keyboard-wedge scanner anywhere in the window: watches every key the scene handles; a burst that
 * {@link KeyBurstDetector} calls a scan is taken back out of whatever text field had focus (its text is put back
 * as it was before the burst's first key), its Enter or Tab does nothing else, and the decoded code goes to the
 * current workflow. Typing is never delayed: keys reach the field as they come, and only a finished scan is taken
 * back. While {@code active} says no (the sign-in screen, where a badge is scanned into the name field), nothing
 * is taken.
 */
public final class KeyboardWedge {

    private final java.util.function.Supplier<ScannerSettings> settings;
    private ScannerSettings using;
    private KeyBurstDetector detector;
    private ScanDecoder decoder;
    private final LongSupplier nanos;
    private final BooleanSupplier active;
    private final Consumer<ScannedCode> workflow;
    private TextInputControl field;
    private String fieldText;
    private int fieldCaret;

    /**
     * {@code settings}: this workstation's, read at each key (a saved change applies from the next key);
     * {@code nanos}: when a key is handled ({@code System::nanoTime}; tests pass a script's clock).
     */
    public KeyboardWedge(
            java.util.function.Supplier<ScannerSettings> settings,
            LongSupplier nanos,
            BooleanSupplier active,
            Consumer<ScannedCode> workflow) {
        this.settings = settings;
        use(settings.get());
        this.nanos = nanos;
        this.active = active;
        this.workflow = workflow;
    }

    /** Starts watching the scene's keys; the returned action stops it (a reopened database gets a new wedge). */
    public Runnable install(Scene scene) {
        javafx.event.EventHandler<KeyEvent> onTyped = e -> typed(scene, e);
        javafx.event.EventHandler<KeyEvent> onPressed = this::pressed;
        scene.addEventFilter(KeyEvent.KEY_TYPED, onTyped);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        return () -> {
            scene.removeEventFilter(KeyEvent.KEY_TYPED, onTyped);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        };
    }

    private void use(ScannerSettings next) {
        using = next;
        detector = new KeyBurstDetector(next);
        decoder = new ScanDecoder(next);
    }

    private void typed(Scene scene, KeyEvent e) {
        if (settings.get() != using) {
            use(settings.get());
        }
        String character = e.getCharacter();
        if (character.length() != 1 || !active.getAsBoolean()) {
            return;
        }
        char c = character.charAt(0);
        if (c == '\r' || c == '\n' || c == '\t' || (Character.isISOControl(c) && c != Gs1.GS)) {
            return; // Enter and Tab are seen when pressed; other control keys are no part of a code
        }
        if (detector.typed(c, nanos.getAsLong()) == KeyBurstDetector.Outcome.STARTED) {
            remember(scene.getFocusOwner());
        }
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.TAB) {
            return;
        }
        if (detector.terminator(e.getCode() == KeyCode.ENTER ? "Enter" : "Tab", nanos.getAsLong())
                        != KeyBurstDetector.Outcome.SCAN
                || !active.getAsBoolean()) {
            return;
        }
        e.consume(); // the scanner's Enter or Tab: not a field's action, not a focus move
        putBack();
        workflow.accept(decoder.decode(detector.lastScan().text()));
    }

    private void remember(Node focused) {
        if (focused instanceof TextInputControl input && input.isEditable()) {
            field = input;
            fieldText = input.getText();
            fieldCaret = input.getCaretPosition();
        } else {
            field = null;
        }
    }

    private void putBack() {
        if (field != null) {
            field.setText(fieldText);
            field.positionCaret(Math.min(fieldCaret, fieldText == null ? 0 : fieldText.length()));
            field = null;
        }
    }
}
