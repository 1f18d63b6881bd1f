package org.stockroom.domain.product;

/** EAN-13 barcodes: twelve digits and the GS1 check digit. */
public final class Ean13 {

    private Ean13() {}

    /** {@code twelveDigits} followed by its check digit. */
    public static String withCheckDigit(String twelveDigits) {
        if (twelveDigits.length() != 12 || !twelveDigits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("An EAN-13 body is 12 digits, not '" + twelveDigits + "'");
        }
        return twelveDigits + checkDigit(twelveDigits);
    }

    /** Digits weighted 1, 3, 1, 3, ... from the left; the check digit tops the sum up to a multiple of 10. */
    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String barcode) {
        return barcode.length() == 13
                && barcode.chars().allMatch(Character::isDigit)
                && checkDigit(barcode.substring(0, 12)) == barcode.charAt(12) - '0';
    }
}
