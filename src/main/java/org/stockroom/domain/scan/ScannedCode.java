package org.stockroom.domain.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one scan carried, read. {@code text} is the code as it arrived (prefix, suffix and AIM identifier
 * removed, GS kept as {@link Gs1#GS}); for a GS1 code the values of its application identifiers, each null when
 * absent; {@code unread} is a tail that could not be read (an unknown identifier), kept so nothing is dropped.
 */
public record ScannedCode(
        String text,
        boolean gs1,
        String gtin,
        String lot,
        LocalDate expiry,
        String serial,
        Long count,
        String sscc,
        String unread,
        List<String> problems) {

    public ScannedCode {
        problems = List.copyOf(problems);
    }

    /** A code that is not GS1: a SKU, a location code, a plain barcode. */
    public static ScannedCode plain(String text) {
        String gtin = Gtin.isValid(text) ? text : null;
        return new ScannedCode(text, false, gtin, null, null, null, null, null, null, List.of());
    }

    /** What to look a product up by: the GTIN's forms for a barcode, else the code as it is. */
    public List<String> productKeys() {
        List<String> keys = new ArrayList<>();
        if (gtin != null) {
            keys.addAll(Gtin.forms(gtin));
        }
        if (!gs1 && !keys.contains(text)) {
            keys.add(text);
        }
        return keys;
    }

    /** The quantity the code carries (AI 30 or 37), else 1. */
    public long quantity() {
        return count == null ? 1 : count;
    }

    /**
     * What goes into the movement's note, so nothing scanned is dropped while Stockroom does not track lots:
     * "lot A1; expiry 2027-03-31; serial 9; SSCC ...", or null when there is nothing besides the product.
     */
    public String note() {
        List<String> parts = new ArrayList<>();
        if (lot != null) {
            parts.add("lot " + lot);
        }
        if (expiry != null) {
            parts.add("expiry " + expiry);
        }
        if (serial != null) {
            parts.add("serial " + serial);
        }
        if (sscc != null) {
            parts.add("SSCC " + sscc);
        }
        if (unread != null) {
            parts.add("unread " + unread);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
