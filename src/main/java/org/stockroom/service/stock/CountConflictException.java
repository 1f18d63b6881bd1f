package org.stockroom.service.stock;

import java.util.List;
import org.stockroom.service.Conflict;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.MovementView;

/**
 * Stock moved between the moment the count was taken and the moment it was saved. Carries the count as
 * entered, the stock level as it is now and the movements recorded since. Nothing was written.
 */
public class CountConflictException extends Conflict {

    private final CountCommand mine;
    private final StockLevelView current;
    private final List<MovementView> movementsSince;

    public CountConflictException(CountCommand mine, StockLevelView current, List<MovementView> movementsSince) {
        super("Stock at " + current.locationCode() + " changed since the count was taken: " + movementsSince.size()
                + " movement(s) recorded since.");
        this.mine = mine;
        this.current = current;
        this.movementsSince = List.copyOf(movementsSince);
    }

    public CountCommand mine() {
        return mine;
    }

    public StockLevelView current() {
        return current;
    }

    public List<MovementView> movementsSince() {
        return movementsSince;
    }
}
