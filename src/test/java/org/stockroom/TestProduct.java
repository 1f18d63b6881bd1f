package org.stockroom;

import java.math.BigDecimal;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;

/**
 * Test data: a product with sensible defaults, changed only where a test cares, e.g.
 * {@code TestProduct.sku("BOLT-1").name("Bolt").reorderPoint(0).createIn(backend)}.
 */
public final class TestProduct {

    private final String sku;
    private String name;
    private String category = "Test";
    private String unit = "each";
    private String barcode;
    private long reorderPoint = 5;
    private BigDecimal unitCost = new BigDecimal("1.50");
    private boolean archived;

    private TestProduct(String sku) {
        this.sku = sku;
        this.name = "Product " + sku;
    }

    public static TestProduct sku(String sku) {
        return new TestProduct(sku);
    }

    public TestProduct name(String value) {
        name = value;
        return this;
    }

    public TestProduct category(String value) {
        category = value;
        return this;
    }

    public TestProduct unit(String value) {
        unit = value;
        return this;
    }

    public TestProduct barcode(String value) {
        barcode = value;
        return this;
    }

    public TestProduct reorderPoint(long value) {
        reorderPoint = value;
        return this;
    }

    public TestProduct unitCost(BigDecimal value) {
        unitCost = value;
        return this;
    }

    public TestProduct archived(boolean value) {
        archived = value;
        return this;
    }

    public ProductDetails details() {
        return new ProductDetails(sku, name, category, unit, barcode, reorderPoint, unitCost, archived);
    }

    public ProductView createIn(Backend backend) {
        return backend.products().create(TestBackends.ACTOR, details());
    }
}
