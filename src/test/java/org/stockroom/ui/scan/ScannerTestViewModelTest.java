package org.stockroom.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.domain.scan.ScannerSettings;

/** The Scanner page: scripted scans with the usual faults, and the workstation's settings saved and reloaded. */
class ScannerTestViewModelTest {

    @TempDir
    Path folder;

    ScannerTestViewModel page;
    long clock;

    @BeforeEach
    void open() {
        page = new ScannerTestViewModel(new ScannerSettingsFile(folder.resolve("scanner.properties")));
    }

    private void keys(String text, double everyMillis, String terminator) {
        for (char c : text.toCharArray()) {
            clock += (long) (everyMillis * 1e6);
            page.typed(c, clock);
        }
        clock += (long) (everyMillis * 1e6);
        if (terminator != null) {
            page.terminator(terminator, clock);
        }
    }

    @Test
    void theSoundSwitchIsKeptForTheWorkstationAndSavingTheScannerSettingsKeepsIt() {
        assertThat(page.soundsOnProperty().get()).as("on unless switched off").isTrue();
        page.soundsOnProperty().set(false);
        page.maxGapProperty().set("50");
        page.save();

        ScannerTestViewModel again =
                new ScannerTestViewModel(new ScannerSettingsFile(folder.resolve("scanner.properties")));
        assertThat(again.soundsOnProperty().get()).isFalse();
        assertThat(again.settingsProperty().get().maxGapMillis()).isEqualTo(50);
    }

    @Test
    void aGoodScanShowsWhatArrivedAndHowItReads() {
        keys("4006381333931", 5, "Enter");

        assertThat(page.arrivedProperty().get()).isEqualTo("4006381333931<Enter>");
        assertThat(page.timingProperty().get()).startsWith("13 characters, keys up to 5.0 ms apart");
        assertThat(page.readAsProperty().get()).isEqualTo("barcode 4006381333931");
        assertThat(page.faults()).isEmpty();
        assertThat(page.messageProperty().get()).isEqualTo("The scan arrived as it should.");
    }

    @Test
    void aKeyboardLayoutMismatchIsNamedWithWhatWasMeant() {
        keys("'àà-\"_&\"\"\"ç\"&", 5, "Enter");

        assertThat(page.faults())
                .anySatisfy(f -> assertThat(f).contains("AZERTY").endsWith("It meant: 4006381333931"));
    }

    @Test
    void aScanWithoutSuffixIsReportedOnceTimePasses() {
        keys("4006381333931", 5, null);
        page.idle(clock + 100_000_000);
        assertThat(page.arrivedProperty().get()).as("not over yet").isEmpty();

        page.idle(clock + 400_000_000);
        assertThat(page.arrivedProperty().get()).isEqualTo("4006381333931");
        assertThat(page.faults()).anySatisfy(f -> assertThat(f).startsWith("No Enter or Tab after the code"));
    }

    @Test
    void slowKeysAndADroppedGsAreNamed() {
        keys("4006381333931", 70, "Enter");
        assertThat(page.faults()).anySatisfy(f -> assertThat(f).contains("slower than the 40 ms allowed"));

        clock += 1_000_000_000;
        keys("]C10104006381333931" + "10LOT-7A-2027-BATCH-21SN0042", 3, "Enter");
        assertThat(page.faults()).anySatisfy(f -> assertThat(f).contains("dropping the GS separator"));
        assertThat(page.arrivedProperty().get()).startsWith("]C1");
    }

    @Test
    void settingsAreCheckedSavedForTheWorkstationAndReadBack() {
        page.maxGapProperty().set("fast");
        page.save();
        assertThat(page.messageProperty().get()).startsWith("Gap between keys: 'fast' is not a whole number");
        assertThat(page.settingsProperty().get()).isEqualTo(ScannerSettings.DEFAULTS);

        page.maxGapProperty().set("60");
        page.gsSubstituteProperty().set("~");
        page.save();
        assertThat(page.settingsProperty().get().maxGapMillis()).isEqualTo(60);

        ScannerTestViewModel reopened =
                new ScannerTestViewModel(new ScannerSettingsFile(folder.resolve("scanner.properties")));
        assertThat(reopened.settingsProperty().get()).isEqualTo(new ScannerSettings(60, 4, "", "", "~", 0));
        assertThat(reopened.maxGapProperty().get()).isEqualTo("60");
    }

    @Test
    void theTestUsesTheSettingsAsTypedBeforeTheyAreSaved() {
        page.maxGapProperty().set("100");
        keys("4006381333931", 70, "Enter");

        assertThat(page.faults()).isEmpty();
    }
}
