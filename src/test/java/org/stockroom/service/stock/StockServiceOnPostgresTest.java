package org.stockroom.service.stock;

import org.stockroom.FreshBackend;

/** Every stock-command test of {@link StockServiceTest}, on PostgreSQL. */
class StockServiceOnPostgresTest extends StockServiceTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
