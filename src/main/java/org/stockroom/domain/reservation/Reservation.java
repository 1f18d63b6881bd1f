package org.stockroom.domain.reservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Stock held for an order (the reference) at one location. Its status only ever moves from OPEN to one
 * closed state, with a conditional update, so two people cannot both release or fulfil it.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(nullable = false)
    private long quantity;

    @Column(nullable = false, length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReservationStatus status;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "command_key", nullable = false, length = 64)
    private String commandKey;

    protected Reservation() {
        // for Hibernate
    }

    public Reservation(
            String commandKey,
            String userName,
            long productId,
            long locationId,
            long quantity,
            String reference,
            Instant createdAt,
            Instant expiresAt) {
        this.commandKey = commandKey;
        this.userName = userName;
        this.productId = productId;
        this.locationId = locationId;
        this.quantity = quantity;
        this.reference = reference;
        this.status = ReservationStatus.OPEN;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
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

    public long getQuantity() {
        return quantity;
    }

    public String getReference() {
        return reference;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public String getUserName() {
        return userName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCommandKey() {
        return commandKey;
    }
}
