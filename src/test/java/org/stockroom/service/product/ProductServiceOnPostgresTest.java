package org.stockroom.service.product;

import org.stockroom.FreshBackend;

/** Every test of {@link ProductServiceTest}, on PostgreSQL. */
class ProductServiceOnPostgresTest extends ProductServiceTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
