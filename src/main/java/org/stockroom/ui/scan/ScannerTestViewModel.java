package org.stockroom.ui.scan;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.scan.ScannerSettings;

/**
 * The Scanner page: this workstation's scanner settings, and a test area that records every key exactly as it
 * arrives (the window's scan detection is off on this page), then reports what came, how fast, how it reads, and
 * what is wrong ({@link ScannerCheck}) against the settings as typed, before they are saved.
 */
public final class ScannerTestViewModel {

    /** A burst ends this long after its last key when no Enter or Tab came. */
    static final long IDLE_NANOS = 300_000_000L;

    private final ScannerSettingsFile file;
    private final ReadOnlyObjectWrapper<ScannerSettings> settings;
    private final StringProperty maxGap = new SimpleStringProperty();
    private final StringProperty minLength = new SimpleStringProperty();
    private final StringProperty prefix = new SimpleStringProperty();
    private final StringProperty suffix = new SimpleStringProperty();
    private final StringProperty gsSubstitute = new SimpleStringProperty();
    private final StringProperty repeatGuard = new SimpleStringProperty();
    private final ReadOnlyStringWrapper arrived = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readAs = new ReadOnlyStringWrapper("");
    private final ObservableList<String> faults = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Scan a barcode here to test the scanner.");
    private final StringBuilder keys = new StringBuilder();
    private final List<Double> gaps = new ArrayList<>();
    private long lastNanos;

    private final javafx.beans.property.BooleanProperty soundsOn = new javafx.beans.property.SimpleBooleanProperty();

    public ScannerTestViewModel(ScannerSettingsFile file) {
        this.file = file;
        this.settings = new ReadOnlyObjectWrapper<>(file.load());
        show(settings.get());
        soundsOn.set(file.soundsOn());
        soundsOn.addListener((o, was, now) -> {
            try {
                file.saveSoundsOn(now);
                message.set(now ? "Scan sounds on for this workstation." : "Scan sounds off for this workstation.");
            } catch (java.io.IOException e) {
                message.set("Could not save the sound switch: " + e.getMessage());
            }
        });
    }

    /** The Scan page's sounds on this workstation: a switch kept in the scanner's settings file. */
    public javafx.beans.property.BooleanProperty soundsOnProperty() {
        return soundsOn;
    }

    private void show(ScannerSettings s) {
        maxGap.set(String.valueOf(s.maxGapMillis()));
        minLength.set(String.valueOf(s.minLength()));
        prefix.set(s.prefix());
        suffix.set(s.suffix());
        gsSubstitute.set(s.gsSubstitute());
        repeatGuard.set(String.valueOf(s.repeatGuardMillis()));
    }

    /** A character as it arrived, at {@code nanos}; a pause longer than {@link #IDLE_NANOS} starts a new burst. */
    public void typed(char c, long nanos) {
        if (!keys.isEmpty() && nanos - lastNanos > IDLE_NANOS) {
            finish(null);
        }
        if (!keys.isEmpty()) {
            gaps.add((nanos - lastNanos) / 1e6);
        }
        keys.append(c);
        lastNanos = nanos;
    }

    /** Enter or Tab: the burst is complete. */
    public void terminator(String name, long nanos) {
        if (!keys.isEmpty()) {
            gaps.add((nanos - lastNanos) / 1e6);
        }
        finish(name);
    }

    /** Time passes with no key: a burst left open this long had no suffix. */
    public void idle(long nanos) {
        if (!keys.isEmpty() && nanos - lastNanos > IDLE_NANOS) {
            finish(null);
        }
    }

    private void finish(String terminator) {
        KeyBurst burst = new KeyBurst(keys.toString(), gaps, terminator);
        keys.setLength(0);
        gaps.clear();
        ScannerSettings typedSettings;
        try {
            typedSettings = typed();
        } catch (IllegalArgumentException e) {
            typedSettings = settings.get();
        }
        ScannerCheck.Report report = ScannerCheck.of(burst, typedSettings);
        arrived.set(report.arrived());
        timing.set(report.timing());
        readAs.set(report.readAs());
        faults.setAll(report.faults());
        message.set(
                report.faults().isEmpty()
                        ? "The scan arrived as it should."
                        : "Found " + report.faults().size()
                                + (report.faults().size() == 1 ? " problem:" : " problems:"));
    }

    /** The settings as typed; a field that is not a number, or out of range, is named. */
    private ScannerSettings typed() {
        return new ScannerSettings(
                number(maxGap, "Gap between keys"),
                number(minLength, "Minimum length"),
                prefix.get(),
                suffix.get(),
                gsSubstitute.get(),
                number(repeatGuard, "Repeat guard"));
    }

    private static int number(StringProperty field, String name) {
        try {
            return Integer.parseInt(field.get() == null ? "" : field.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + field.get() + "' is not a whole number");
        }
    }

    /** Saves the typed settings for this workstation; the window's scanning uses them from the next key on. */
    public void save() {
        ScannerSettings next;
        try {
            next = typed();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage() + "; nothing was saved.");
            return;
        }
        try {
            file.save(next);
        } catch (java.io.IOException e) {
            message.set("Could not save the scanner settings: " + e.getMessage());
            return;
        }
        settings.set(next);
        message.set("Saved: a scan is " + next.minLength() + " or more characters, keys at most " + next.maxGapMillis()
                + " ms apart.");
    }

    public ReadOnlyObjectProperty<ScannerSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public StringProperty maxGapProperty() {
        return maxGap;
    }

    public StringProperty minLengthProperty() {
        return minLength;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty suffixProperty() {
        return suffix;
    }

    public StringProperty gsSubstituteProperty() {
        return gsSubstitute;
    }

    public StringProperty repeatGuardProperty() {
        return repeatGuard;
    }

    public ReadOnlyStringProperty arrivedProperty() {
        return arrived.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readAsProperty() {
        return readAs.getReadOnlyProperty();
    }

    public ObservableList<String> faults() {
        return faults;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
