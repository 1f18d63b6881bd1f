package org.stockroom.domain.scan;

import java.util.Set;

/**
 * Turns what a scanner typed into a {@link ScannedCode}: the configured prefix and suffix are removed, then an AIM
 * symbology identifier ({@code ]C1}, {@code ]E0}, ...), which also says whether the code is GS1; the GS substitute
 * becomes GS again; then the code is read ({@link Gs1}).
 */
public final class ScanDecoder {

    /** AIM identifiers of GS1 symbologies: GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR, GS1 DotCode. */
    private static final Set<String> GS1_SYMBOLOGIES = Set.of("C1", "e0", "d2", "Q3", "J1");

    private final ScannerSettings settings;

    public ScanDecoder(ScannerSettings settings) {
        this.settings = settings;
    }

    public ScannedCode decode(String typed) {
        String text = typed;
        if (!settings.prefix().isEmpty() && text.startsWith(settings.prefix())) {
            text = text.substring(settings.prefix().length());
        }
        if (!settings.suffix().isEmpty() && text.endsWith(settings.suffix())) {
            text = text.substring(0, text.length() - settings.suffix().length());
        }
        boolean declaredGs1 = false;
        if (text.length() > 3 && text.charAt(0) == ']') {
            declaredGs1 = GS1_SYMBOLOGIES.contains(text.substring(1, 3));
            text = text.substring(3);
        }
        if (!settings.gsSubstitute().isEmpty()) {
            text = text.replace(settings.gsSubstitute(), String.valueOf(Gs1.GS));
        }
        return Gs1.read(text.strip(), declaredGs1);
    }
}
