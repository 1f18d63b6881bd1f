package org.stockroom.domain.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * GTINs (EAN-8, UPC-A, EAN-13, GTIN-14): the GS1 check digit, and the shorter forms a product's stored barcode
 * may take. A GS1 code carries its GTIN as 14 digits (01 04006381333931) while the product was entered with the
 * EAN-13 on its box (4006381333931): both must find it.
 */
public final class Gtin {

    private Gtin() {}

    /** True for 8, 12, 13 or 14 digits whose last digit is their GS1 check digit. */
    public static boolean isValid(String digits) {
        int length = digits.length();
        if ((length != 8 && length != 12 && length != 13 && length != 14)
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits.substring(0, length - 1)) == digits.charAt(length - 1) - '0';
    }

    /** Weights 3, 1, 3, ... from the right of the body; the check digit tops the sum up to a multiple of 10. */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The forms a valid GTIN may be stored as, the given one first: 14 digits, and without leading zeros as
     * EAN-13, UPC-A (12) and EAN-8 where those zeros are there to drop.
     */
    public static List<String> forms(String gtin) {
        List<String> forms = new ArrayList<>(List.of(gtin));
        String fourteen = "0".repeat(14 - gtin.length()) + gtin;
        for (int length : new int[] {14, 13, 12, 8}) {
            String shorter = fourteen.substring(14 - length);
            if (fourteen.substring(0, 14 - length).chars().allMatch(c -> c == '0') && !forms.contains(shorter)) {
                forms.add(shorter);
            }
        }
        return forms;
    }
}
