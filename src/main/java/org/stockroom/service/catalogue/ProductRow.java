package org.stockroom.service.catalogue;

/**
 * One line of the product list: a product with its stock, summed over all locations or, when the list is filtered
 * to one location, that location's; {@code totalAvailable} is always over all locations.
 */
public record ProductRow(
        long id,
        String sku,
        String name,
        String category,
        String unit,
        long onHand,
        long reserved,
        long reorderPoint,
        boolean archived,
        long totalAvailable) {

    public long available() {
        return onHand - reserved;
    }

    /**
     * The product's stock available over all locations is at or below its reorder point: time to order more. Also
     * in a list filtered to one location: the reorder point is the whole product's, so a location holding less
     * than it does not make the product low.
     */
    public boolean lowStock() {
        return totalAvailable <= reorderPoint;
    }
}
