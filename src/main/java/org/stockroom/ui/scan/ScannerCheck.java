package org.stockroom.ui.scan;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.scan.Gs1;
import org.stockroom.domain.scan.KeyboardLayoutCheck;
import org.stockroom.domain.scan.ScanDecoder;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.domain.scan.ScannerSettings;

/**
 * What the scanner test screen says about one burst of keys: exactly what arrived (control characters shown as
 * {@code <GS>}, {@code <Enter>}, {@code <Tab>}), how fast, how it would be read, and the usual faults: no suffix,
 * keys too slow for the settings, shorter than a scan, digits in the wrong keyboard layout, a dropped GS.
 */
public final class ScannerCheck {

    /** The report: one line each. */
    public record Report(String arrived, String timing, String readAs, List<String> faults) {}

    private ScannerCheck() {}

    public static Report of(KeyBurst burst, ScannerSettings settings) {
        List<String> faults = new ArrayList<>();
        String shown = visible(burst.text()) + (burst.terminator() == null ? "" : "<" + burst.terminator() + ">");
        double slowest = burst.slowestGapMillis();
        String timing = burst.text().length() + " characters, keys up to " + String.format("%.1f", slowest)
                + " ms apart (a scan may take " + settings.maxGapMillis() + " ms)";
        if (burst.terminator() == null) {
            faults.add("No Enter or Tab after the code: set the scanner to send Enter as its suffix, or the"
                    + " window cannot tell where a scan ends.");
        }
        if (slowest > settings.maxGapMillis()) {
            faults.add("Keys came up to " + Math.round(slowest) + " ms apart, slower than the "
                    + settings.maxGapMillis() + " ms allowed: set the gap between keys to "
                    + Math.min(1000, Math.round(slowest * 1.5)) + " ms, or the scanner's own speed higher.");
        }
        if (burst.text().length() < settings.minLength()) {
            faults.add("Shorter than the " + settings.minLength()
                    + " characters a scan needs: lower the minimum length if your codes are this short.");
        }
        KeyboardLayoutCheck.azertyDigits(burst.text())
                .ifPresent(meant -> faults.add("Digits arrive as the symbols of a French (AZERTY) keyboard: the"
                        + " scanner sends the keys of another layout than this PC's. Set the scanner's keyboard"
                        + " layout to the PC's. It meant: " + meant));
        ScannedCode code = new ScanDecoder(settings).decode(burst.text());
        for (String problem : code.problems()) {
            faults.add(
                    problem.contains("GS separator")
                            ? problem + ". Turn on FNC1/GS output in the scanner, or set it to send a substitute"
                                    + " character and enter that substitute here."
                            : problem);
        }
        return new Report(shown, timing, readAs(code), faults);
    }

    private static String readAs(ScannedCode code) {
        if (!code.gs1()) {
            return code.gtin() != null ? "barcode " + code.gtin() : "code " + visible(code.text());
        }
        List<String> parts = new ArrayList<>();
        if (code.gtin() != null) {
            parts.add("GTIN " + code.gtin());
        }
        if (code.count() != null) {
            parts.add("count " + code.count());
        }
        if (code.note() != null) {
            parts.add(code.note());
        }
        return "GS1: " + String.join("; ", parts);
    }

    /** Control characters made visible. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == Gs1.GS) {
                shown.append("<GS>");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("<%02X>", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
