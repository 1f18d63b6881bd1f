package org.stockroom.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.scan.ScanDecoder;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.domain.scan.ScannerSettings;

/**
 * Scripted key bursts: the same characters at a scanner's pace are a scan, at a person's pace they are typing;
 * with prefixes, suffixes, GS and a mismatched layout. The pace is the only difference between the scripts.
 */
class KeyBurstDetectorTest {

    static final ScannerSettings SETTINGS = ScannerSettings.DEFAULTS;

    /** Feeds {@code text} then Enter, one key every {@code everyMillis}; returns the scans seen. */
    private static List<String> play(KeyBurstDetector detector, String text, double everyMillis, long[] clock) {
        List<String> scans = new ArrayList<>();
        for (char c : text.toCharArray()) {
            clock[0] += (long) (everyMillis * 1e6);
            detector.typed(c, clock[0]);
        }
        clock[0] += (long) (everyMillis * 1e6);
        if (detector.terminator("Enter", clock[0]) == KeyBurstDetector.Outcome.SCAN) {
            scans.add(detector.lastScan().text());
        }
        return scans;
    }

    @Test
    void aBurstAtScannerPaceIsAScanAndTheSameKeysTypedArePassedOn() {
        long[] clock = {0};
        KeyBurstDetector detector = new KeyBurstDetector(SETTINGS);

        assertThat(play(detector, "4006381333931", 8, clock)).containsExactly("4006381333931");
        assertThat(detector.lastScan().terminator()).isEqualTo("Enter");
        assertThat(detector.lastScan().gapsMillis()).hasSize(13).allMatch(gap -> gap == 8.0);

        clock[0] += 1_000_000_000L;
        assertThat(play(detector, "4006381333931", 120, clock))
                .as("a person typing")
                .isEmpty();
        clock[0] += 1_000_000_000L;
        assertThat(play(detector, "4006381333931", 45, clock))
                .as("just slower than the gap")
                .isEmpty();
    }

    @Test
    void theFirstKeyOfEachPossibleBurstIsMarkedSoTheFieldsTextCanBePutBack() {
        KeyBurstDetector detector = new KeyBurstDetector(SETTINGS);

        assertThat(detector.typed('a', 0)).isEqualTo(KeyBurstDetector.Outcome.STARTED);
        assertThat(detector.typed('b', 5_000_000)).isEqualTo(KeyBurstDetector.Outcome.KEY);
        assertThat(detector.typed('c', 200_000_000))
                .as("after a pause: a new start")
                .isEqualTo(KeyBurstDetector.Outcome.STARTED);
    }

    @Test
    void aShortFastBurstOrAPauseBeforeEnterIsNoScan() {
        KeyBurstDetector detector = new KeyBurstDetector(SETTINGS);
        long[] clock = {0};
        assertThat(play(detector, "12", 5, clock))
                .as("shorter than the minimum")
                .isEmpty();

        for (char c : "4006381333931".toCharArray()) {
            clock[0] += 5_000_000;
            detector.typed(c, clock[0]);
        }
        clock[0] += 300_000_000; // the person pressed Enter after a scan without suffix
        assertThat(detector.terminator("Enter", clock[0])).isEqualTo(KeyBurstDetector.Outcome.KEY);
    }

    @Test
    void aFastBurstThatNeverEndsIsReportedAsAMissingSuffix() {
        KeyBurstDetector detector = new KeyBurstDetector(SETTINGS);
        long t = 0;
        for (char c : "4006381333931".toCharArray()) {
            t += 6_000_000;
            detector.typed(c, t);
        }
        assertThat(detector.unterminated(t + 50_000_000))
                .as("not yet: within three gaps")
                .isEmpty();
        assertThat(detector.unterminated(t + 500_000_000)).hasValueSatisfying(burst -> {
            assertThat(burst.text()).isEqualTo("4006381333931");
            assertThat(burst.terminator()).isNull();
        });
    }

    @Test
    void aScannerWithPrefixSuffixAimAndAGsSubstituteIsDecodedAfterTheBurst() {
        ScannerSettings settings = new ScannerSettings(40, 4, "#", "", "~", 0);
        KeyBurstDetector detector = new KeyBurstDetector(settings);
        long[] clock = {0};

        List<String> scans = play(detector, "#]C10104006381333931" + "10LOT1~21SER9", 3, clock);

        assertThat(scans).hasSize(1);
        ScannedCode code = new ScanDecoder(settings).decode(scans.get(0));
        assertThat(code.gtin()).isEqualTo("04006381333931");
        assertThat(code.lot()).isEqualTo("LOT1");
        assertThat(code.serial()).isEqualTo("SER9");
    }

    @Test
    void aTabSuffixEndsAScanLikeEnter() {
        KeyBurstDetector detector = new KeyBurstDetector(SETTINGS);
        long t = 0;
        for (char c : "LOC-A1".toCharArray()) {
            t += 4_000_000;
            detector.typed(c, t);
        }
        assertThat(detector.terminator("Tab", t + 4_000_000)).isEqualTo(KeyBurstDetector.Outcome.SCAN);
        assertThat(detector.lastScan().terminator()).isEqualTo("Tab");
    }
}
