package org.stockroom.service.stock;

import org.stockroom.service.StockRefusal;

/** An issue, transfer or downward adjustment asked for more than is available; nothing was written. */
public class InsufficientStockException extends StockRefusal {

    private final String sku;
    private final String locationCode;
    private final long available;
    private final long requested;

    public InsufficientStockException(String sku, String locationCode, long available, long requested) {
        super("Not enough " + sku + " at " + locationCode + ": " + available + " available, " + requested
                + " asked for.");
        this.sku = sku;
        this.locationCode = locationCode;
        this.available = available;
        this.requested = requested;
    }

    public String sku() {
        return sku;
    }

    public String locationCode() {
        return locationCode;
    }

    public long available() {
        return available;
    }

    public long requested() {
        return requested;
    }
}
