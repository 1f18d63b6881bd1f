package org.stockroom.service.location;

import org.stockroom.FreshBackend;

/** Every test of {@link LocationServiceTest}, on PostgreSQL. */
class LocationServiceOnPostgresTest extends LocationServiceTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
