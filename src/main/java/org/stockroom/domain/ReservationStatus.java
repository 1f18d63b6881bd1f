package org.stockroom.domain;

/** Where a reservation stands. Only OPEN ones hold stock. */
public enum ReservationStatus {
    OPEN, RELEASED, FULFILLED, EXPIRED
}
