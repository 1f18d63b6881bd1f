package org.stockroom.ui.stock;

import org.stockroom.domain.access.Permission;

/** The operations the stock dialog offers, in warehouse words, each with the permission its service call checks. */
public enum StockOperation {
    RECEIVE("Receive", "Quantity received", Permission.RECEIVE),
    ISSUE("Issue", "Quantity issued", Permission.ISSUE),
    ADJUST("Adjust", "Change (+ or -)", Permission.ADJUST),
    // A one-product count sets on hand to what was counted: StockService checks it as a correction.
    COUNT("Count", "Counted quantity", Permission.ADJUST),
    TRANSFER("Transfer", "Quantity to move", Permission.TRANSFER),
    RESERVE("Reserve", "Quantity to reserve", Permission.RESERVE);

    private final String label;
    private final String quantityLabel;
    private final Permission permission;

    StockOperation(String label, String quantityLabel, Permission permission) {
        this.label = label;
        this.quantityLabel = quantityLabel;
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }

    public String quantityLabel() {
        return quantityLabel;
    }

    @Override
    public String toString() {
        return label;
    }
}
