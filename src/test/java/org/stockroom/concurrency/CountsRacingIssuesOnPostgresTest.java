package org.stockroom.concurrency;

import org.stockroom.FreshBackend;

/** Every test of {@link CountsRacingIssuesTest}, on PostgreSQL. */
class CountsRacingIssuesOnPostgresTest extends CountsRacingIssuesTest {

    @Override
    FreshBackend freshBackend() {
        return FreshBackend.onPostgres();
    }
}
