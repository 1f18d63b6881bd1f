package org.stockroom.service;

/**
 * A stock level whose stored figure disagrees with what the records say it must be: on hand against the sum
 * of its movements, or reserved against the sum of its open reservations.
 */
public record LedgerMismatch(String sku, String locationCode, Figure figure, long stored, long expected) {

    /** Which figure disagrees, and what it is checked against. */
    public enum Figure {
        ON_HAND("on hand", "movements sum to"),
        RESERVED("reserved", "open reservations sum to");

        private final String label;
        private final String source;

        Figure(String label, String source) {
            this.label = label;
            this.source = source;
        }
    }

    @Override
    public String toString() {
        return sku + " at " + locationCode + ": " + figure.label + " " + stored + ", " + figure.source + " "
                + expected + " (difference " + (stored - expected) + ")";
    }
}
