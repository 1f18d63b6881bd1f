package org.stockroom.catalogue;

import org.stockroom.FreshBackend;

/**
 * Every test of {@link ProductCatalogueTest} on a PostgreSQL database that sorts text by English rules (ICU
 * {@code en-US}), as a site's server often does: SKU order, pages and prefix searches must be H2's all the same.
 */
class ProductCatalogueOnLinguisticPostgresTest extends ProductCatalogueTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgresSortingLike("en-US");
    }
}
