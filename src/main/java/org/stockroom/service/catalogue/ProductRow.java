package org.stockroom.service.catalogue;

/** One line of the product list: a product with its stock summed over all locations. */
public record ProductRow(
        long id,
        String sku,
        String name,
        String category,
        String unit,
        long onHand,
        long reserved,
        long reorderPoint,
        boolean archived) {

    public long available() {
        return onHand - reserved;
    }

    /** At or below the reorder point: time to order more. */
    public boolean lowStock() {
        return available() <= reorderPoint;
    }
}
