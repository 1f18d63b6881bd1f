package org.stockroom.persistence.catalogue;

import java.util.Comparator;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.product.Product;

/** A catalogue query's sort as a comparator: the order its SQL's ORDER BY gives, SKU breaking ties. */
final class CatalogueOrder {

    private CatalogueOrder() {}

    /** The same order as the SQL's ORDER BY, for merging pages in Java. */
    static Comparator<CatalogueRow> of(CatalogueQuery query) {
        Comparator<CatalogueRow> first = switch (query.sort()) {
            case SKU -> (a, b) -> 0;
            case NAME -> Comparator.comparing(CatalogueRow::name);
            case CATEGORY -> Comparator.comparing(CatalogueRow::category);
            case UNIT -> Comparator.comparing(CatalogueRow::unit);
            case REORDER_POINT -> Comparator.comparingLong(CatalogueRow::reorderPoint);
            case ON_HAND -> Comparator.comparingLong(CatalogueRow::onHand);
            case RESERVED -> Comparator.comparingLong(CatalogueRow::reserved);
            case AVAILABLE -> Comparator.comparingLong(CatalogueRow::available);
        };
        Comparator<CatalogueRow> order = first.thenComparing(row -> Product.skuKeyOf(row.sku()));
        return query.descending() ? order.reversed() : order;
    }
}
