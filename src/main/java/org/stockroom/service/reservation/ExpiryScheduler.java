package org.stockroom.service.reservation;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockroom.service.BackgroundSchedule;

/** Releases expired reservations at start-up and then on a fixed schedule, on one background thread. */
public final class ExpiryScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryScheduler.class);

    private final ReservationService reservations;
    private final Duration every;
    private final BackgroundSchedule timer = new BackgroundSchedule("stockroom-expiry", Duration.ofSeconds(30));

    public ExpiryScheduler(ReservationService reservations, Duration every) {
        this.reservations = reservations;
        this.every = every;
    }

    public ExpiryScheduler start() {
        timer.every(Duration.ZERO, every, this::expireNow);
        return this;
    }

    private void expireNow() {
        try {
            int released = reservations.expireDue();
            if (released > 0) {
                LOG.info("Released {} expired reservation(s)", released);
            }
        } catch (RuntimeException e) {
            // Keep the schedule alive: the next run tries again.
            LOG.warn("Releasing expired reservations failed: {}", e.getMessage());
        }
    }

    /** Stops the schedule; a run in progress finishes (never interrupted: it may be inside H2). */
    @Override
    public void close() {
        timer.close();
    }
}
