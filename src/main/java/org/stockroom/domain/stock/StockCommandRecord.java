package org.stockroom.domain.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a stock command as recorded, so that submitting it again changes nothing. */
@Entity
@Table(name = "stock_command")
public class StockCommandRecord {

    @Id
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "command_type", nullable = false, length = 20)
    private String commandType;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** For release, fulfil and expiry: the reservation the command closed. */
    @Column(name = "reservation_id")
    private Long reservationId;

    protected StockCommandRecord() {
        // for Hibernate
    }

    public StockCommandRecord(
            String idempotencyKey, String commandType, String userName, Instant recordedAt, Long reservationId) {
        this.idempotencyKey = idempotencyKey;
        this.commandType = commandType;
        this.userName = userName;
        this.recordedAt = recordedAt;
        this.reservationId = reservationId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getReservationId() {
        return reservationId;
    }
}
