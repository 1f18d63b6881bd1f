package org.stockroom.service;

/** A stock level whose on hand differs from the sum of its movements. */
public record LedgerMismatch(String sku, String locationCode, long onHand, long movementSum) {

    @Override
    public String toString() {
        return sku + " at " + locationCode + ": on hand " + onHand + ", movements sum to " + movementSum
                + " (difference " + (onHand - movementSum) + ")";
    }
}
