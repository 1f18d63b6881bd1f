package org.stockroom.domain.scan;

import java.util.Map;
import java.util.Optional;

/**
 * Spots a scanner whose keyboard layout differs from the PC's. The usual case: the scanner sends US key codes and
 * the PC reads them with a French AZERTY layout, where the unshifted digit row types {@code &é"'(-è_çà}, so
 * 4006381333931 arrives as {@code 'àà-"_&"""ç"&}. Codes are made of digits far more often than of these symbols.
 */
public final class KeyboardLayoutCheck {

    private static final Map<Character, Character> AZERTY_DIGITS =
            Map.of('&', '1', 'é', '2', '"', '3', '\'', '4', '(', '5', '-', '6', 'è', '7', '_', '8', 'ç', '9', 'à', '0');

    private KeyboardLayoutCheck() {}

    /** What the code would be on the scanner's layout, when most of it reads as AZERTY's digit row. */
    public static Optional<String> azertyDigits(String received) {
        long symbols = received.chars()
                .filter(c -> AZERTY_DIGITS.containsKey((char) c))
                .count();
        long digits = received.chars().filter(Character::isDigit).count();
        if (received.length() < 4 || symbols < received.length() / 2 || digits > symbols) {
            return Optional.empty();
        }
        StringBuilder meant = new StringBuilder();
        for (char c : received.toCharArray()) {
            meant.append(AZERTY_DIGITS.getOrDefault(c, c));
        }
        return Optional.of(meant.toString());
    }
}
