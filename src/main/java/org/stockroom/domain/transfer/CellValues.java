package org.stockroom.domain.transfer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Yes/no cells as people and systems write them (True, FALSE, yes, ja, 1, x). */
public final class CellValues {

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "ja", "j", "oui", "si", "x", "wahr");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "nein", "non", "falsch", "");

    private CellValues() {}

    /** True or false, or empty when the cell is neither; an empty cell is false (Odoo writes false as ""). */
    public static Optional<Boolean> yesNo(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return Optional.of(true);
        }
        if (NO.contains(text)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** Whether a non-empty cell reads as yes/no: used to tell a flag column from a quantity column. */
    public static boolean looksYesNo(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        return !text.isEmpty() && !text.matches("\\d+") && yesNo(text).isPresent();
    }
}
