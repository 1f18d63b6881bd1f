package org.stockroom.service.ledger;

import java.time.Clock;
import org.stockroom.FreshBackend;

/** Every test of {@link MovementJournalTest}, on PostgreSQL. */
class MovementJournalOnPostgresTest extends MovementJournalTest {

    @Override
    FreshBackend freshBackend(Clock clock) {
        return FreshBackend.onPostgres(clock);
    }
}
