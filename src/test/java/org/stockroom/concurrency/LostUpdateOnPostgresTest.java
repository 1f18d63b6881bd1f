package org.stockroom.concurrency;

import org.stockroom.FreshBackend;

/** Every test of {@link LostUpdateTest}, on PostgreSQL. */
class LostUpdateOnPostgresTest extends LostUpdateTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
