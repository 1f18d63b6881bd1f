package org.stockroom.service.reservation;

import java.time.Instant;
import org.stockroom.domain.reservation.ReservationStatus;

/** A reservation as shown to people. */
public record ReservationView(
        long id,
        long productId,
        String locationCode,
        long quantity,
        String reference,
        ReservationStatus status,
        String userName,
        Instant createdAt,
        Instant expiresAt) {}
