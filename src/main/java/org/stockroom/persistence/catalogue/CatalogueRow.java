package org.stockroom.persistence.catalogue;

/** One product of a list page with its stock summed (over the query's location, or all of them). */
public record CatalogueRow(
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
}
