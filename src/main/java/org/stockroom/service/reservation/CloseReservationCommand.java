package org.stockroom.service.reservation;

import org.stockroom.service.Actor;

/** Release or fulfil one reservation. */
public record CloseReservationCommand(String idempotencyKey, Actor actor, long reservationId) {}
