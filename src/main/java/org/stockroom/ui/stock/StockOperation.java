package org.stockroom.ui.stock;

/** The operations the stock dialog offers, in warehouse words. */
public enum StockOperation {
    RECEIVE("Receive", "Quantity received"),
    ISSUE("Issue", "Quantity issued"),
    ADJUST("Adjust", "Change (+ or -)"),
    COUNT("Count", "Counted quantity"),
    TRANSFER("Transfer", "Quantity to move"),
    RESERVE("Reserve", "Quantity to reserve");

    private final String label;
    private final String quantityLabel;

    StockOperation(String label, String quantityLabel) {
        this.label = label;
        this.quantityLabel = quantityLabel;
    }

    public String quantityLabel() {
        return quantityLabel;
    }

    @Override
    public String toString() {
        return label;
    }
}
