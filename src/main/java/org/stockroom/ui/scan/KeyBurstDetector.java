package org.stockroom.ui.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stockroom.domain.scan.ScannerSettings;

/**
 * Tells a scanner from a person by pace: characters that come no more than the settings' gap apart, at least the
 * minimum length of them, closed by Enter or Tab within the gap too, are a scan. Anything slower is typing and is
 * left alone. No JavaFX here: the window feeds it each key with the time it was handled, tests feed it scripts.
 */
public final class KeyBurstDetector {

    /** What a key meant. */
    public enum Outcome {
        /** An ordinary key (typing, or a key inside a burst that may yet be a scan). */
        KEY,
        /** The first key of what may be a scan: whoever shows text should remember it as it was before. */
        STARTED,
        /** Enter or Tab closed a scan: {@link #lastScan()} holds it, and the terminator is the scanner's. */
        SCAN
    }

    private final ScannerSettings settings;
    private final StringBuilder burst = new StringBuilder();
    private final List<Double> gaps = new ArrayList<>();
    private long lastNanos;
    private KeyBurst lastScan;

    public KeyBurstDetector(ScannerSettings settings) {
        this.settings = settings;
    }

    /** A typed character (not Enter or Tab) handled at {@code nanos}. */
    public Outcome typed(char c, long nanos) {
        boolean fresh = burst.isEmpty() || nanos - lastNanos > gapNanos();
        if (fresh) {
            reset();
        } else {
            gaps.add((nanos - lastNanos) / 1e6);
        }
        burst.append(c);
        lastNanos = nanos;
        return fresh ? Outcome.STARTED : Outcome.KEY;
    }

    /** Enter or Tab ({@code name}) at {@code nanos}: a scan if it closes a fast enough, long enough burst. */
    public Outcome terminator(String name, long nanos) {
        boolean scan = burst.length() >= settings.minLength() && nanos - lastNanos <= gapNanos();
        if (scan) {
            List<Double> all = new ArrayList<>(gaps);
            all.add((nanos - lastNanos) / 1e6);
            lastScan = new KeyBurst(burst.toString(), all, name);
        }
        reset();
        return scan ? Outcome.SCAN : Outcome.KEY;
    }

    /**
     * At {@code nanos} with no key since: a burst that was fast and long enough but never closed, which is what a
     * scanner without a suffix sends (the scanner test screen reports it).
     */
    public Optional<KeyBurst> unterminated(long nanos) {
        if (burst.length() >= settings.minLength() && nanos - lastNanos > 3 * gapNanos()) {
            KeyBurst open = new KeyBurst(burst.toString(), gaps, null);
            reset();
            return Optional.of(open);
        }
        return Optional.empty();
    }

    public KeyBurst lastScan() {
        return lastScan;
    }

    private long gapNanos() {
        return settings.maxGapMillis() * 1_000_000L;
    }

    private void reset() {
        burst.setLength(0);
        gaps.clear();
    }
}
