package org.stockroom.ui.stock;

import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.reason.ReasonCode;

/** What the window says once a stock movement is in the ledger, naming what was saved. */
final class SavedMovementText {

    private SavedMovementText() {}

    /** "Received 5 each of BOLT-M8 into MAIN": what the window says once the movement is in the ledger. */
    static String of(StockForm form, long quantity, ProductRow product, ReasonCode adjustReason) {
        String what = quantity + " " + product.unit() + " of " + product.sku();
        String at = form.location() == null ? "" : form.location().code();
        String text = switch (form.operation()) {
            case RECEIVE -> "Received " + what + " into " + at;
            case ISSUE -> "Issued " + what + " from " + at;
            case ADJUST ->
                "Adjusted " + product.sku() + " at " + at + " by "
                        + (quantity > 0 ? "+" : "") + quantity
                        + (adjustReason == null ? "" : " (" + adjustReason.label() + ")");
            case COUNT -> "Counted " + product.sku() + " at " + at + ": " + quantity;
            case TRANSFER ->
                "Moved " + what + " from " + at + " to "
                        + (form.toLocation() == null ? "" : form.toLocation().code());
            case RESERVE ->
                "Reserved " + what + " at " + at + " for " + form.reason().strip();
        };
        return "Saved: " + text + ".";
    }
}
