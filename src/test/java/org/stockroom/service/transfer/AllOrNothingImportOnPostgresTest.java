package org.stockroom.service.transfer;

import org.stockroom.FreshBackend;

/** Every test of {@link AllOrNothingImportTest}, on PostgreSQL. */
class AllOrNothingImportOnPostgresTest extends AllOrNothingImportTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
