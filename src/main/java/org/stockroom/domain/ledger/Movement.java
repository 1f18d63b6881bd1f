package org.stockroom.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the append-only stock ledger. Once written it is never changed. */
@Entity
@Immutable
@Table(name = "movement")
public class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    /** Where the change was made; empty on movements from before workstations were recorded. */
    @Column(length = 100)
    private String workstation;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "movement_type", nullable = false, length = 20)
    private MovementType type;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "on_hand_after", nullable = false)
    private long onHandAfter;

    @Column(name = "level_version", nullable = false)
    private long levelVersion;

    @Column(length = 100)
    private String reason;

    @Column(length = 1000)
    private String note;

    @Column(name = "command_key", nullable = false, length = 64)
    private String commandKey;

    protected Movement() {
        // for Hibernate
    }

    public Movement(MovementEntry entry, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.userName = entry.userName();
        this.workstation = entry.workstation();
        this.productId = entry.productId();
        this.locationId = entry.locationId();
        this.type = entry.type();
        this.quantity = entry.quantity();
        this.onHandAfter = entry.onHandAfter();
        this.levelVersion = entry.levelVersion();
        this.reason = entry.reason();
        this.note = entry.note();
        this.commandKey = entry.commandKey();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getWorkstation() {
        return workstation;
    }

    public long getProductId() {
        return productId;
    }

    public long getLocationId() {
        return locationId;
    }

    public MovementType getType() {
        return type;
    }

    public long getQuantity() {
        return quantity;
    }

    public long getOnHandAfter() {
        return onHandAfter;
    }

    public long getLevelVersion() {
        return levelVersion;
    }

    public String getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getCommandKey() {
        return commandKey;
    }
}
