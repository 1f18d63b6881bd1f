package org.stockroom.domain.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How much of one product one location holds. Deltas change it with conditional updates in the database;
 * counts set it through this entity, guarded by {@link #getVersion()}.
 */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "on_hand", nullable = false)
    private long onHand;

    @Column(nullable = false)
    private long reserved;

    @Version
    @Column(nullable = false)
    private long version;

    protected StockLevel() {
        // for Hibernate
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public long getLocationId() {
        return locationId;
    }

    public long getOnHand() {
        return onHand;
    }

    public long getReserved() {
        return reserved;
    }

    public long getAvailable() {
        return onHand - reserved;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Changes the reserved quantity in Java, for read-modify-write callers guarded by {@link #getVersion()}
     * (the benchmark's ORM path). Stockroom's own services change it with conditional updates instead.
     */
    public void changeReserved(long delta) {
        this.reserved += delta;
    }

    /** A count: the absolute quantity found on the shelf. */
    public void setOnHand(long onHand) {
        this.onHand = onHand;
    }
}
