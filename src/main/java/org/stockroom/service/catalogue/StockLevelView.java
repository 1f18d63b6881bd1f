package org.stockroom.service.catalogue;

/** One product's stock at one location, with the version a count must be based on. */
public record StockLevelView(
        long productId,
        long locationId,
        String locationCode,
        String locationName,
        long onHand,
        long reserved,
        long version) {

    public long available() {
        return onHand - reserved;
    }
}
