package org.stockroom.service.audit;

import org.stockroom.FreshBackend;

/** Every test of {@link AuditTrailTest}, on PostgreSQL. */
class AuditTrailOnPostgresTest extends AuditTrailTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
