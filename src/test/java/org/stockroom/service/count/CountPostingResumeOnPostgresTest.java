package org.stockroom.service.count;

import org.stockroom.FreshBackend;

/** Every test of {@link CountPostingResumeTest}, on PostgreSQL. */
class CountPostingResumeOnPostgresTest extends CountPostingResumeTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
