package org.stockroom.domain.reservation;

/** Where a reservation stands. Only OPEN ones hold stock. */
public enum ReservationStatus {
    OPEN,
    RELEASED,
    FULFILLED,
    EXPIRED
}
