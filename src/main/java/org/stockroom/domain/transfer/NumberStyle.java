package org.stockroom.domain.transfer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a file writes numbers: a decimal point (1,234.5) or a decimal comma (1.234,5, as German and French Excel
 * write). One style per file, found from its number cells or chosen by the user.
 */
public enum NumberStyle {
    DECIMAL_POINT('.', ','),
    DECIMAL_COMMA(',', '.');

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F']");
    private static final Pattern POINT_ONLY_DECIMAL =
            Pattern.compile("-?\\d+\\.\\d{1,2}|-?\\d+\\.\\d{4,}|-?\\d{4,}\\.\\d+");
    private static final Pattern COMMA_ONLY_DECIMAL = Pattern.compile("-?\\d+,\\d{1,2}|-?\\d+,\\d{4,}|-?\\d{4,},\\d+");
    private static final Pattern POINT_WITH_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern COMMA_WITH_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+");

    private final char decimal;
    private final char grouping;

    NumberStyle(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    /**
     * The number a cell holds, or empty when it is not one in this style. Grouping separators (and spaces or
     * apostrophes, as some locales group) are dropped only where they group digits in threes.
     */
    public Optional<BigDecimal> parse(String cell) {
        String text = SPACES.matcher(cell.strip()).replaceAll("");
        if (text.isEmpty() || text.length() > 60) {
            return Optional.empty();
        }
        String groupingRegex = Pattern.quote(String.valueOf(grouping));
        String decimalRegex = Pattern.quote(String.valueOf(decimal));
        String shape = "[+-]?(\\d{1,3}(" + groupingRegex + "\\d{3})+|\\d+)(" + decimalRegex + "\\d+)?"
                + "([eE][+-]?\\d{1,3})?";
        if (!text.matches(shape)) {
            return Optional.empty();
        }
        String plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The style a file's number cells show; a point when they do not tell (as in "1" or "1.234"). */
    public static NumberStyle detect(Iterable<String> numberCells, boolean semicolonSeparated) {
        int comma = 0;
        int point = 0;
        for (String raw : numberCells) {
            String cell = SPACES.matcher(raw.strip()).replaceAll("");
            if (COMMA_ONLY_DECIMAL.matcher(cell).matches()
                    || COMMA_WITH_GROUPS.matcher(cell).matches()) {
                comma++;
            } else if (POINT_ONLY_DECIMAL.matcher(cell).matches()
                    || POINT_WITH_GROUPS.matcher(cell).matches()) {
                point++;
            }
        }
        if (comma != point) {
            return comma > point ? DECIMAL_COMMA : DECIMAL_POINT;
        }
        // No telling cell: a semicolon-separated file was most likely written where the comma is decimal.
        return semicolonSeparated ? DECIMAL_COMMA : DECIMAL_POINT;
    }

    /** How a person would say it: "decimal comma (1.234,5)". */
    public String describe() {
        return this == DECIMAL_COMMA ? "decimal comma (1.234,5)" : "decimal point (1,234.5)";
    }
}
