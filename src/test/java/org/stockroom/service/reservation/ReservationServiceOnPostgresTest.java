package org.stockroom.service.reservation;

import java.time.Clock;
import org.stockroom.FreshBackend;

/** Every test of {@link ReservationServiceTest}, on PostgreSQL. */
class ReservationServiceOnPostgresTest extends ReservationServiceTest {

    @Override
    FreshBackend freshBackend(Clock clock) {
        return FreshBackend.onPostgres(clock);
    }
}
