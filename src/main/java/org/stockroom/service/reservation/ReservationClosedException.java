package org.stockroom.service.reservation;

import org.stockroom.domain.reservation.ReservationStatus;
import org.stockroom.service.Conflict;

/** The reservation was already released, fulfilled or expired (perhaps a moment ago, by someone else). */
public class ReservationClosedException extends Conflict {

    private final ReservationStatus status;

    public ReservationClosedException(long id, ReservationStatus status) {
        super("Reservation " + id + " is already " + status.name().toLowerCase() + "; nothing was changed.");
        this.status = status;
    }

    public ReservationStatus status() {
        return status;
    }
}
