package org.stockroom.service.stock;

import org.stockroom.FreshBackend;

/** Every test of {@link ListCommandTest}, on PostgreSQL. */
class ListCommandOnPostgresTest extends ListCommandTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
