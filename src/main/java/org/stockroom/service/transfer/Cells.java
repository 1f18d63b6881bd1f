package org.stockroom.service.transfer;

import java.math.BigDecimal;
import java.util.Optional;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.domain.transfer.CellValues;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.NumberStyle;

/**
 * Reads a row's cells as the mapping and number style say, turning a bad cell into a {@link Reject} that names
 * the row, the column and the rule. Text is stripped; an export's leading {@code '} before {@code = + - @}
 * (how Stockroom and Odoo keep a spreadsheet from running text as a formula) is taken off again.
 */
final class Cells {

    private final ColumnMapping mapping;
    private final NumberStyle style;
    private final Verdicts verdicts;

    Cells(ColumnMapping mapping, NumberStyle style, Verdicts verdicts) {
        this.mapping = mapping;
        this.style = style;
        this.verdicts = verdicts;
    }

    String header(ImportField field) {
        return mapping.column(field).map(mapping::headerOf).orElse(field.header());
    }

    /** The cell's text, or null when the field has no column or the cell is empty. */
    String text(SourceRow row, ImportField field) {
        Optional<Integer> column = mapping.column(field);
        if (column.isEmpty()) {
            return null;
        }
        String v = row.cell(column.get()).strip();
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v.isEmpty() ? null : v;
    }

    /** A whole number from {@code min} to the largest quantity, or null (absent, or rejected). */
    Long whole(SourceRow row, ImportField field, long min) {
        String v = text(row, field);
        if (v == null) {
            return null;
        }
        Optional<BigDecimal> n = style.parse(v);
        if (n.isEmpty()) {
            reject(row, field, v, "is not a number" + hint(v));
            return null;
        }
        BigDecimal value = n.get().stripTrailingZeros();
        if (value.scale() > 0) {
            reject(row, field, v, "is not a whole number");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            reject(row, field, v, min == 0 ? "is negative" : "is less than " + min);
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(QuantityRules.MAX_QUANTITY)) > 0) {
            reject(row, field, v, "is more than " + String.format("%,d", QuantityRules.MAX_QUANTITY));
            return null;
        }
        return value.longValueExact();
    }

    /** A decimal number, or null (absent, or rejected). */
    BigDecimal decimal(SourceRow row, ImportField field) {
        String v = text(row, field);
        if (v == null) {
            return null;
        }
        Optional<BigDecimal> n = style.parse(v);
        if (n.isEmpty()) {
            reject(row, field, v, "is not a number" + hint(v));
            return null;
        }
        return n.get();
    }

    /** Yes or no, or null (absent, or rejected). */
    Boolean yesNo(SourceRow row, ImportField field) {
        String v = text(row, field);
        if (v == null) {
            return mapping.has(field) ? Boolean.FALSE : null;
        }
        Optional<Boolean> b = CellValues.yesNo(v);
        if (b.isEmpty()) {
            reject(row, field, v, "is neither yes nor no (true/false, yes/no, 1/0)");
            return null;
        }
        return b.get();
    }

    void reject(SourceRow row, ImportField field, String value, String message) {
        verdicts.reject(new Reject(row.number(), header(field), value, message));
    }

    /** "1.234,5" in a decimal-point file is most likely a decimal-comma number: say how to read it so. */
    private String hint(String v) {
        NumberStyle other = style == NumberStyle.DECIMAL_POINT ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
        return other.parse(v).isPresent()
                ? " with a " + style.describe() + "; is the file written with a " + other.describe() + "?"
                : "";
    }
}
