package org.stockroom.service.access;

import java.time.Clock;
import org.stockroom.FreshBackend;

/** Every test of {@link UserServiceTest}, on PostgreSQL. */
class UserServiceOnPostgresTest extends UserServiceTest {

    @Override
    FreshBackend freshBackend(Clock clock) {
        return FreshBackend.onPostgres(clock);
    }
}
