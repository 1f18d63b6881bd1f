package org.stockroom.service.access;

import org.stockroom.FreshBackend;

/** Every test of {@link EveryCommandChecksItsRoleTest}, on PostgreSQL. */
class EveryCommandChecksItsRoleOnPostgresTest extends EveryCommandChecksItsRoleTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
