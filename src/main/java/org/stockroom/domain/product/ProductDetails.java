package org.stockroom.domain.product;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The editable fields of a product, as a value: what a user typed, what is stored, what they started from.
 * Text is expected already trimmed; {@link ProductRules} checks the rest.
 */
public record ProductDetails(
        String sku,
        String name,
        String category,
        String unit,
        String barcode,
        long reorderPoint,
        BigDecimal unitCost,
        boolean archived) {

    public ProductDetails {
        Objects.requireNonNull(unitCost, "unitCost");
    }

    /** True when both hold the same values; BigDecimal scale does not matter (1.5 equals 1.50). */
    public boolean sameAs(ProductDetails other) {
        return Objects.equals(sku, other.sku)
                && Objects.equals(name, other.name)
                && Objects.equals(category, other.category)
                && Objects.equals(unit, other.unit)
                && Objects.equals(barcode, other.barcode)
                && reorderPoint == other.reorderPoint
                && unitCost.compareTo(other.unitCost) == 0
                && archived == other.archived;
    }

    /** The same product with another barcode. */
    public ProductDetails withBarcode(String newBarcode) {
        return new ProductDetails(sku, name, category, unit, newBarcode, reorderPoint, unitCost, archived);
    }
}
