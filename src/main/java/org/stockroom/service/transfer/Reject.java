package org.stockroom.service.transfer;

/** One refused cell or row: where in the file, what it holds and the rule it breaks. */
public record Reject(long row, String column, String value, String message) {

    /** "row 214, column Qty: '12,5' is not a whole number". */
    public String describe() {
        StringBuilder s = new StringBuilder("row ").append(row);
        if (column != null) {
            s.append(", column ").append(column);
        }
        s.append(": ");
        if (value != null) {
            s.append('\'').append(shortened(value)).append("' ");
        }
        return s.append(message).toString();
    }

    private static String shortened(String v) {
        String oneLine = v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
