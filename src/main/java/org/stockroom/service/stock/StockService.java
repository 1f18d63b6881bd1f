package org.stockroom.service.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.product.Product;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.RetryPolicy;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;

/**
 * Receive, issue, adjust, count and transfer. Each call is one transaction that writes the ledger movement(s)
 * and the balance together, and records the command's idempotency key so a resubmission changes nothing.
 */
public final class StockService {

    private final Transactions transactions;
    private final StockLevelRepository levels;
    private final MovementRepository movements = new MovementRepository();
    private final LocationRepository locations;
    private final LedgerQueries ledger;
    private final StockCommandRules rules;
    private final CommandLog commands;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Access access;

    public StockService(
            Transactions transactions,
            StockLevelRepository levels,
            LocationRepository locations,
            LedgerQueries ledger,
            RetryPolicy retry,
            Clock clock) {
        this.transactions = transactions;
        this.levels = levels;
        this.locations = locations;
        this.ledger = ledger;
        this.rules = new StockCommandRules(locations);
        this.commands = new CommandLog(transactions);
        this.retry = retry;
        this.clock = clock;
        this.access = new Access(transactions);
    }

    public StockResult receive(StockChange change) {
        access.require(change.actor(), Permission.RECEIVE);
        long locationId = rules.checkChange(change, false);
        levels.ensureExists(change.productId(), locationId);
        return record(
                change.idempotencyKey(),
                MovementType.RECEIVE,
                change.actor().name(),
                session -> List.of(applyDelta(session, change, locationId, change.quantity(), MovementType.RECEIVE)));
    }

    public StockResult issue(StockChange change) {
        access.require(change.actor(), Permission.ISSUE);
        long locationId = rules.checkChange(change, false);
        return record(
                change.idempotencyKey(),
                MovementType.ISSUE,
                change.actor().name(),
                session -> List.of(applyDelta(session, change, locationId, -change.quantity(), MovementType.ISSUE)));
    }

    /** A signed correction with a reason (damage, found stock, ...). */
    public StockResult adjust(StockChange change) {
        access.require(change.actor(), Permission.ADJUST);
        long locationId = rules.checkChange(change, true);
        // The reason is one of the site's codes (typed as its code or its label), recorded as the code.
        String code = transactions.read(
                session -> ReasonCodes.check(session, ReasonUse.ADJUST, change.reason(), StockCommandRules.REASON));
        StockChange coded = new StockChange(
                change.idempotencyKey(),
                change.actor(),
                change.productId(),
                change.locationCode(),
                change.quantity(),
                code,
                change.note());
        if (change.quantity() > 0) {
            levels.ensureExists(change.productId(), locationId);
        }
        return record(
                change.idempotencyKey(),
                MovementType.ADJUST,
                change.actor().name(),
                session -> List.of(applyDelta(session, coded, locationId, coded.quantity(), MovementType.ADJUST)));
    }

    public StockResult transfer(TransferCommand transfer) {
        access.require(transfer.actor(), Permission.TRANSFER);
        StockCommandRules.Route route = rules.checkTransfer(transfer);
        levels.ensureExists(transfer.productId(), route.toId());
        StockChange out = new StockChange(
                transfer.idempotencyKey(),
                transfer.actor(),
                transfer.productId(),
                transfer.fromLocationCode(),
                transfer.quantity(),
                transfer.reason(),
                transfer.note());
        StockChange in = new StockChange(
                transfer.idempotencyKey(),
                transfer.actor(),
                transfer.productId(),
                transfer.toLocationCode(),
                transfer.quantity(),
                transfer.reason(),
                transfer.note());
        return record(
                transfer.idempotencyKey(),
                MovementType.TRANSFER_OUT,
                transfer.actor().name(),
                session -> {
                    // Both rows locked first, in location-id order (two opposite transfers cannot deadlock), then the
                    // out-leg, the only one that can refuse: a refused transfer has written nothing.
                    levels.lock(session, transfer.productId(), Math.min(route.fromId(), route.toId()));
                    levels.lock(session, transfer.productId(), Math.max(route.fromId(), route.toId()));
                    MovementView taken =
                            applyDelta(session, out, route.fromId(), -out.quantity(), MovementType.TRANSFER_OUT);
                    MovementView put = applyDelta(session, in, route.toId(), in.quantity(), MovementType.TRANSFER_IN);
                    return route.fromId() < route.toId() ? List.of(taken, put) : List.of(put, taken);
                });
    }

    /**
     * Sets on hand to what was counted, provided the stock level is still at the version the counter saw.
     * Otherwise throws {@link CountConflictException} with the movements recorded since.
     */
    public StockResult count(CountCommand count) {
        access.require(count.actor(), Permission.ADJUST); // a one-product count sets on hand: a correction
        long locationId = rules.checkCount(count);
        levels.ensureExists(count.productId(), locationId);
        return retry.once(() -> recordOnce(
                count.idempotencyKey(),
                MovementType.COUNT,
                count.actor().name(),
                session -> List.of(applyCount(session, count, locationId))));
    }

    private MovementView applyCount(StatelessSession session, CountCommand count, long locationId) {
        // Locked and checked before anything is written: a refused count ends with COMMIT (decision 0004).
        LevelState level = levels.lock(session, count.productId(), locationId).orElseThrow();
        if (level.version() != count.seenVersion() && transactions.guarded()) {
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

    private CountConflictException countConflict(SharedSessionContract session, CountCommand count, long locationId) {
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

    private MovementView applyDelta(
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

    private MovementView append(StatelessSession session, NewMovement m) {
        return MovementView.written(m, movements.appendFromLevel(session, m), locations.codeOf(m.locationId()));
    }

    private RuntimeException refusal(StatelessSession session, long productId, long locationId, long requested) {
        Product product = session.get(Product.class, productId);
        if (product == null) {
            return new NotFoundException("No product with id " + productId);
        }
        long available = levels.read(session, productId, locationId)
                .map(LevelState::available)
                .orElse(0L);
        return new InsufficientStockException(product.getSku(), locations.codeOf(locationId), available, requested);
    }

    /** A delta: commutes with every other delta, so a lock timeout is retried automatically. */
    private StockResult record(
            String key, MovementType type, String user, Function<StatelessSession, List<MovementView>> work) {
        return retry.commuting(() -> recordOnce(key, type, user, work));
    }

    /** Writes the command's rows in one transaction; a key seen before returns what was written then. */
    private StockResult recordOnce(
            String key, MovementType type, String user, Function<StatelessSession, List<MovementView>> work) {
        return commands.record(
                key,
                type.name(),
                user,
                now(),
                null,
                session -> new StockResult(work.apply(session), false),
                session -> {
                    List<MovementView> earlier = ledger.ofCommand(session, key);
                    return earlier.isEmpty() ? null : new StockResult(earlier, true);
                });
    }

    /** Databases keep microseconds; so do we, so what a command returns equals what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
