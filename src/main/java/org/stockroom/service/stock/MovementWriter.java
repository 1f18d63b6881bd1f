package org.stockroom.service.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.product.Product;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.ledger.MovementView;

/**
 * Writes a stock command's movements inside its transaction: the level changed by an atomic conditional update,
 * then the movement appended from the level's new state; or the refusal that names what is short.
 */
final class MovementWriter {

    private final StockLevelRepository levels;
    private final MovementRepository movements = new MovementRepository();
    private final LocationRepository locations;
    private final LedgerQueries ledger;
    private final Clock clock;

    MovementWriter(StockLevelRepository levels, LocationRepository locations, LedgerQueries ledger, Clock clock) {
        this.levels = levels;
        this.locations = locations;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Sets on hand to what was counted, if the level is still at the version the counter saw; {@code guarded}: the
     * version is checked under the row lock (false only in the rollback test's unguarded control).
     */
    MovementView applyCount(StatelessSession session, CountCommand count, long locationId, boolean guarded) {
        // Locked and checked before anything is written: a refused count ends with COMMIT (decision 0004).
        LevelState level = levels.lock(session, count.productId(), locationId).orElseThrow();
        if (level.version() != count.seenVersion() && guarded) {
            // (The rollback test's unguarded control leaves this check to the UPDATE's "WHERE version = ?",
            // as an ordinary optimistic write does, and rolls back when it matches nothing.)
            throw countConflict(session, count, locationId);
        }
        if (count.countedQuantity() < level.reserved()) {
            throw new ValidationException(new FieldError(
                    StockCommandRules.QUANTITY,
                    "Counted " + count.countedQuantity() + " but " + level.reserved()
                            + " are reserved; release reservations first"));
        }
        long delta = count.countedQuantity() - level.onHand();
        // The version advances even when nothing changed: a confirmed count is news to anyone counting from an
        // older view.
        if (!levels.setOnHand(
                session, count.productId(), locationId, count.seenVersion(), count.countedQuantity(), level.onHand())) {
            // Cannot happen with the row locked and checked; only the rollback test's unguarded control gets here.
            throw countConflict(session, count, locationId);
        }
        return append(
                session,
                new NewMovement(
                        count.idempotencyKey(),
                        count.actor().name(),
                        count.actor().workstation(),
                        count.productId(),
                        locationId,
                        MovementType.COUNT,
                        delta,
                        "Count",
                        count.note(),
                        now()));
    }

    CountConflictException countConflict(SharedSessionContract session, CountCommand count, long locationId) {
        LevelState now = levels.read(session, count.productId(), locationId).orElseThrow();
        StockLevelView current = new StockLevelView(
                count.productId(),
                locationId,
                count.locationCode(),
                locations.nameOf(locationId),
                now.onHand(),
                now.reserved(),
                now.version());
        List<MovementView> since = ledger.since(session, count.productId(), locationId, count.seenVersion());
        return new CountConflictException(count, current, since);
    }

    /** Changes the level by {@code delta} unless that would take available below zero, then records it. */
    MovementView applyDelta(
            StatelessSession session, StockChange change, long locationId, long delta, MovementType type) {
        if (!levels.applyDelta(session, change.productId(), locationId, delta)) {
            throw refusal(session, change.productId(), locationId, -delta);
        }
        return append(
                session,
                new NewMovement(
                        change.idempotencyKey(),
                        change.actor().name(),
                        change.actor().workstation(),
                        change.productId(),
                        locationId,
                        type,
                        delta,
                        change.reason(),
                        change.note(),
                        now()));
    }

    MovementView append(StatelessSession session, NewMovement m) {
        return MovementView.written(m, movements.appendFromLevel(session, m), locations.codeOf(m.locationId()));
    }

    RuntimeException refusal(StatelessSession session, long productId, long locationId, long requested) {
        Product product = session.get(Product.class, productId);
        if (product == null) {
            return new NotFoundException("No product with id " + productId);
        }
        long available = levels.read(session, productId, locationId)
                .map(LevelState::available)
                .orElse(0L);
        return new InsufficientStockException(product.getSku(), locations.codeOf(locationId), available, requested);
    }

    /** Databases keep microseconds; so do we, so what a command returns equals what a later read returns. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
