package org.stockroom.service.reservation;

/** Release or fulfil one reservation. */
public record CloseReservationCommand(String idempotencyKey, String userName, long reservationId) {
}
