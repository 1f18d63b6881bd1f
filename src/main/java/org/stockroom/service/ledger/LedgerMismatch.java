package org.stockroom.service.ledger;

/**
 * A stock level whose stored figure disagrees with what the records say it must be: on hand against the sum
 * of its movements, or reserved against the sum of its open reservations; or a product's kept stock totals
 * against the sums of its stock levels.
 */
public record LedgerMismatch(String sku, String locationCode, Figure figure, long stored, long expected) {

    /** The location of a product's kept totals, which span every location. */
    public static final String ALL_LOCATIONS = "all locations";

    /** Which figure disagrees, and what it is checked against. */
    public enum Figure {
        ON_HAND("on hand", "movements sum to"),
        RESERVED("reserved", "open reservations sum to"),
        TOTAL_ON_HAND("on hand total", "its stock levels sum to"),
        TOTAL_RESERVED("reserved total", "its stock levels sum to"),
        TOTAL_AVAILABLE("available total", "its stock levels sum to");

        private final String label;
        private final String source;

        Figure(String label, String source) {
            this.label = label;
            this.source = source;
        }
    }

    @Override
    public String toString() {
        return sku + " at " + locationCode + ": " + figure.label + " " + stored + ", " + figure.source + " " + expected
                + " (difference " + (stored - expected) + ")";
    }
}
