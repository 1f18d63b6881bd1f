package org.stockroom.domain.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.TextRules;

/** What a valid location looks like: a short code people type and print on labels, and a name. */
public final class LocationRules {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 200;

    /** Letters, digits, spaces and punctuation: codes such as "A-01-3" and paths such as "FACTORY/ROOM 101". */
    private static final Pattern CODE_CHARS = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{S} ]+");

    private LocationRules() {}

    /** Codes are stored upper-case, so "a-01" and "A-01" are the same location. */
    public static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    public static List<FieldError> check(String code, String name) {
        List<FieldError> errors = new ArrayList<>();
        if (code.isEmpty()) {
            errors.add(new FieldError(CODE, "Location code is required"));
        } else if (code.length() > CODE_MAX) {
            errors.add(new FieldError(CODE, "Location code is longer than " + CODE_MAX + " characters"));
        } else if (!CODE_CHARS.matcher(code).matches()) {
            errors.add(new FieldError(CODE, "Location code may contain only letters, digits, spaces and punctuation"));
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(NAME, "Location name is required"));
        } else if (trimmed.length() > NAME_MAX) {
            errors.add(new FieldError(NAME, "Location name is longer than " + NAME_MAX + " characters"));
        } else {
            TextRules.checkCharacters(NAME, "Location name", trimmed).ifPresent(errors::add);
        }
        return errors;
    }
}
