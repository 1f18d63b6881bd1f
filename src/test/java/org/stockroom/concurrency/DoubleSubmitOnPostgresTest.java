package org.stockroom.concurrency;

import org.stockroom.FreshBackend;

/** Every test of {@link DoubleSubmitTest}, on PostgreSQL. */
class DoubleSubmitOnPostgresTest extends DoubleSubmitTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
