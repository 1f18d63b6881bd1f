package org.stockroom.bench;

import java.util.Map;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;

/** Stockroom's own service layer, exactly as the window and the command line call it. */
final class ServicePath implements BenchPath {

    private final Backend backend;

    ServicePath(Backend backend) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return "service";
    }

    @Override
    public boolean issue(long productId, long quantity) {
        try {
            backend.stock().issue(change(productId, quantity));
            return true;
        } catch (InsufficientStockException refused) {
            return false;
        }
    }

    @Override
    public long reserve(long productId, long quantity) {
        try {
            return backend.reservations()
                    .reserve(new ReserveCommand(
                            CommandKeys.newKey(), Actor.named("bench"), productId, "MAIN", quantity, "BENCH", null))
                    .id();
        } catch (InsufficientStockException refused) {
            return -1;
        }
    }

    @Override
    public void release(long productId, long handle, long quantity) {
        backend.reservations().release(new CloseReservationCommand(CommandKeys.newKey(), Actor.named("bench"), handle));
    }

    @Override
    public void refill(long productId, long quantity) {
        backend.stock().receive(change(productId, quantity));
    }

    private static StockChange change(long productId, long quantity) {
        return new StockChange(CommandKeys.newKey(), Actor.named("bench"), productId, "MAIN", quantity, null, null);
    }

    @Override
    public double attemptsPerSuccess() {
        return backend.retryPolicy().attemptsPerSuccess();
    }

    @Override
    public void resetCounters() {
        backend.retryPolicy().resetCounters();
    }

    @Override
    public Map<Long, Long> onHandSnapshot() {
        return BenchData.onHand(backend.database().dataSource());
    }

    @Override
    public long oversoldLevels() {
        return BenchData.oversold(backend.database().dataSource());
    }
}
