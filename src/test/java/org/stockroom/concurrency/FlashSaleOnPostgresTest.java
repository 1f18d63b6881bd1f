package org.stockroom.concurrency;

import org.stockroom.FreshBackend;

/** Every test of {@link FlashSaleTest}, on PostgreSQL. */
class FlashSaleOnPostgresTest extends FlashSaleTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
