package org.stockroom.domain.scan;

/**
 * How this workstation's keyboard-wedge scanner sends a code. A scan is a burst of at least {@code minLength}
 * characters, none more than {@code maxGapMillis} after the one before, ended by Enter or Tab; a person typing
 * does not keep that pace for long. {@code prefix} and {@code suffix} are what the scanner is set to add around the
 * code (stripped); {@code gsSubstitute} is what it sends instead of the GS separator when it cannot send GS itself
 * (e.g. "~"; empty: none). {@code repeatGuardMillis}: the same code scanned again within this time counts once
 * (0: off, every scan counts).
 */
public record ScannerSettings(
        int maxGapMillis, int minLength, String prefix, String suffix, String gsSubstitute, int repeatGuardMillis) {

    /** 40 ms between keys: USB scanners send a key every 1-15 ms; a quick typist takes 80-150 ms. */
    public static final ScannerSettings DEFAULTS = new ScannerSettings(40, 4, "", "", "", 0);

    public ScannerSettings {
        if (maxGapMillis < 1 || maxGapMillis > 1000) {
            throw new IllegalArgumentException("The gap between a scanner's keys is 1 to 1000 ms, not " + maxGapMillis);
        }
        if (minLength < 2) {
            throw new IllegalArgumentException("A scan is at least 2 characters, not " + minLength);
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        gsSubstitute = gsSubstitute == null ? "" : gsSubstitute;
        if (repeatGuardMillis < 0) {
            throw new IllegalArgumentException("The repeat guard cannot be negative");
        }
    }
}
