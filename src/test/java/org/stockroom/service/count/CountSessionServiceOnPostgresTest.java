package org.stockroom.service.count;

import org.stockroom.FreshBackend;

/** Every test of {@link CountSessionServiceTest}, on PostgreSQL. */
class CountSessionServiceOnPostgresTest extends CountSessionServiceTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
