package org.stockroom.service.stock;

import org.stockroom.service.StockRefusal;

/** Taking a command back would leave less on hand than zero or than is reserved; nothing was written. */
public final class ReversalRefusedException extends StockRefusal {

    public ReversalRefusedException(String sku, String locationCode, long onHandAfter, long reserved) {
        super("Cannot reverse: " + sku + " at " + locationCode + " would have " + onHandAfter + " on hand"
                + (reserved > 0 ? " with " + reserved + " reserved" : "")
                + " (the stock has moved on since; issue or adjust instead)");
    }
}
