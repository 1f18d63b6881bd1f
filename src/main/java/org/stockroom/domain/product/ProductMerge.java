package org.stockroom.domain.product;

import java.util.Objects;

/**
 * Three-way merge for "apply mine on top": every field the user changed from what they started with takes
 * the user's value; every other field keeps what is stored now.
 */
public final class ProductMerge {

    private ProductMerge() {}

    public static ProductDetails mineOnTop(ProductDetails original, ProductDetails mine, ProductDetails theirs) {
        return new ProductDetails(
                pick(original.sku(), mine.sku(), theirs.sku()),
                pick(original.name(), mine.name(), theirs.name()),
                pick(original.category(), mine.category(), theirs.category()),
                pick(original.unit(), mine.unit(), theirs.unit()),
                pick(original.barcode(), mine.barcode(), theirs.barcode()),
                original.reorderPoint() != mine.reorderPoint() ? mine.reorderPoint() : theirs.reorderPoint(),
                original.unitCost().compareTo(mine.unitCost()) != 0 ? mine.unitCost() : theirs.unitCost(),
                original.archived() != mine.archived() ? mine.archived() : theirs.archived());
    }

    private static <T> T pick(T original, T mine, T theirs) {
        return Objects.equals(original, mine) ? theirs : mine;
    }
}
