package org.stockroom.service.transfer;

import java.nio.charset.Charset;

/** What a reader found the file to be: shown in the preview ("CSV, UTF-8 with BOM, semicolon"). */
public record TableFormat(String type, Charset encoding, boolean bom, Character delimiter, String sheet) {

    public boolean semicolonSeparated() {
        return delimiter != null && delimiter == ';';
    }

    public String describe() {
        if (sheet != null) {
            return type + ", sheet \"" + sheet + "\"";
        }
        return type + ", " + encoding.displayName() + (bom ? " with BOM" : "") + ", " + delimiterName(delimiter);
    }

    static String delimiterName(Character c) {
        return switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "bar";
            default -> "'" + c + "'";
        };
    }
}
