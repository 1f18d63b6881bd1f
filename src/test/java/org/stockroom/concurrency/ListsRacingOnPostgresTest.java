package org.stockroom.concurrency;

import org.stockroom.FreshBackend;

/** Every test of {@link ListsRacingTest}, on PostgreSQL. */
class ListsRacingOnPostgresTest extends ListsRacingTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
