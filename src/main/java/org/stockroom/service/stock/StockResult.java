package org.stockroom.service.stock;

import java.util.List;
import org.stockroom.service.ledger.MovementView;

/**
 * What a stock command wrote. {@code replayed} is true when the command had been recorded before and this
 * submission changed nothing.
 */
public record StockResult(List<MovementView> movements, boolean replayed) {

    public StockResult {
        movements = List.copyOf(movements);
    }

    /** On hand at the (last) location the command touched, right after it. */
    public long onHandAfter() {
        return movements.get(movements.size() - 1).onHandAfter();
    }
}
