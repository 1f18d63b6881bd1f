package org.stockroom.domain;

import java.util.Optional;

/**
 * Characters no stored text may hold (issue 24): control characters (ESC, CR, line feeds, tab, NUL: they rewrite a
 * terminal's screen when a command prints the text, split a CSV line in a careless reader, or hide part of a
 * name) and the invisible direction marks and overrides (U+202E makes "gpj.exe" read "exe.jpg"). They are
 * refused, not removed: a silently changed name would be a name the user did not type.
 */
public final class TextRules {

    private TextRules() {}

    /** An error naming the first such character and where it is, or empty. */
    public static Optional<FieldError> checkCharacters(String field, String label, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden(c)) {
                return Optional.of(new FieldError(
                        field,
                        label + " contains " + describe(c) + " (U+" + String.format("%04X", (int) c) + ") at character "
                                + (i + 1) + "; type it without"));
            }
        }
        return Optional.empty();
    }

    static boolean forbidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String describe(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                ? "a control character"
                : "an invisible text-direction mark";
    }
}
