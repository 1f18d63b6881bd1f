package org.stockroom.ui.scan;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.ui.FailureText;

/**
 * What the Scan page tells a person at arm's length: the message, whether it is news, a success or a refusal
 * (the page turns it green or red), the line at fault, and a sound (a short high tone for a scan taken or a list
 * posted, two low ones for a refusal).
 */
final class ScanFeedback {

    /** How the message is shown. */
    enum Outcome {
        INFO,
        POSTED,
        REFUSED
    }

    private final ScanSounds sounds;
    private final Supplier<List<ScanLine>> lines;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Scan a location, then products.");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.INFO);
    private final ReadOnlyObjectWrapper<ScanLine> faultLine = new ReadOnlyObjectWrapper<>();

    ScanFeedback(ScanSounds sounds, Supplier<List<ScanLine>> lines) {
        this.sounds = sounds;
        this.lines = lines;
    }

    /** News that needs no sound ("Posting...", a quantity typed). */
    void info(String text) {
        show(text, Outcome.INFO, null);
    }

    /** A scan was taken (a location, a product on the list). */
    void accepted(String text) {
        show(text, Outcome.INFO, null);
        sounds.play(ScanSounds.Tone.TAKEN);
    }

    /** The list went into the ledger. */
    void posted(String text) {
        show(text, Outcome.POSTED, null);
        sounds.play(ScanSounds.Tone.TAKEN);
    }

    /** A scan or a post was refused; {@code line} is the one at fault, if any. */
    void refused(String text, ScanLine line) {
        show(text, Outcome.REFUSED, line);
        sounds.play(ScanSounds.Tone.REFUSED);
    }

    /** A refusal from the service, with what to do next; a shortage marks its product's line. */
    void refused(Throwable error) {
        if (error instanceof InsufficientStockException shortage) {
            ScanLine short1 = lines.get().stream()
                    .filter(l -> l.sku().equals(shortage.sku()))
                    .findFirst()
                    .orElse(null);
            refused(
                    FailureText.of(error) + " Nothing was posted. Lower its quantity on the red line (type a number,"
                            + " Enter) or take it off (0, Enter), then post again.",
                    short1);
            return;
        }
        refused(FailureText.of(error) + " Nothing was posted.", null);
    }

    private void show(String text, Outcome how, ScanLine line) {
        faultLine.set(line);
        outcome.set(how);
        message.set(text);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ScanLine> faultLineProperty() {
        return faultLine.getReadOnlyProperty();
    }
}
