package org.stockroom.catalogue;

import org.stockroom.FreshBackend;

/** Every test of {@link ProductCatalogueTest}, on PostgreSQL. */
class ProductCatalogueOnPostgresTest extends ProductCatalogueTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
