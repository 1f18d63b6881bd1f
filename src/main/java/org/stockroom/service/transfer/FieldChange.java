package org.stockroom.service.transfer;

/** One field of one existing record that an import changes: "row 12, SKU A-1, Unit cost: 1.50 -> 1.75". */
public record FieldChange(long row, String record, String field, String before, String after) {

    public String describe() {
        return "row " + row + ", " + record + ", " + field + ": " + show(before) + " -> " + show(after);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "(empty)" : v;
    }
}
