package org.stockroom.domain.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How much of one product one location holds, read-only in Java: every change is a conditional update in the
 * database ({@code StockLevelRepository}), which also moves {@link #getVersion()} on.
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
}
