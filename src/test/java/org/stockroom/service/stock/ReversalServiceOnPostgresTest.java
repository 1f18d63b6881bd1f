package org.stockroom.service.stock;

import java.time.Clock;
import org.stockroom.FreshBackend;

/** Every test of {@link ReversalServiceTest}, on PostgreSQL. */
class ReversalServiceOnPostgresTest extends ReversalServiceTest {

    @Override
    FreshBackend freshBackend(Clock clock) {
        return FreshBackend.onPostgres(clock);
    }
}
