package org.stockroom.domain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A stock-keeping unit: what the warehouse holds, independent of where and how many. */
@Entity
@Audited
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sku;

    @NotAudited
    @Column(name = "sku_key", nullable = false, length = 64)
    private String skuKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(nullable = false, length = 20)
    private String unit;

    @Column(length = 64)
    private String barcode;

    @Column(name = "reorder_point", nullable = false)
    private long reorderPoint;

    @Column(name = "unit_cost", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitCost;

    @Column(nullable = false)
    private boolean archived;

    /** The SKU key while archived, else null: its index lists archived products only (see V4 migration). */
    @NotAudited
    @Column(name = "archived_key", length = 64)
    private String archivedKey;

    @Version
    @Column(nullable = false)
    private long version;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for Hibernate
    }

    public Product(ProductDetails details, Instant now) {
        apply(details, now);
        this.createdAt = now;
    }

    /** Replaces every editable field; the version advances when Hibernate flushes. */
    public final void apply(ProductDetails details, Instant now) {
        this.sku = details.sku();
        this.skuKey = skuKeyOf(details.sku());
        this.name = details.name();
        this.category = details.category();
        this.unit = details.unit();
        this.barcode = details.barcode();
        this.reorderPoint = details.reorderPoint();
        this.unitCost = details.unitCost();
        this.archived = details.archived();
        this.archivedKey = archived ? skuKey : null;
        this.updatedAt = now;
    }

    public static String skuKeyOf(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    public ProductDetails details() {
        return new ProductDetails(sku, name, category, unit, barcode, reorderPoint, unitCost, archived);
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
