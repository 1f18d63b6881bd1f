package org.stockroom.service.count;

import java.time.Clock;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.Backend;

/** The backend's count sessions with another posting batch size (the product posts 500 lines a batch). */
final class BatchedCountSessions {

    private BatchedCountSessions() {}

    static CountSessionService of(Backend backend, int batch) {
        return new CountSessionService(
                backend.database().transactions(),
                new StockLevelRepository(backend.database().transactions()),
                new LocationRepository(backend.database().transactions()),
                backend.settings(),
                Clock.systemUTC(),
                batch);
    }
}
