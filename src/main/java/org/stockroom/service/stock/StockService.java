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
    private final ListCommandRules listRules;
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
        this.listRules = new ListCommandRules(rules);
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
                CommandIdentity.delta("RECEIVE", change.productId(), locationId, change.quantity()),
                change.actor().name(),
                session -> List.of(applyDelta(session, change, locationId, change.quantity(), MovementType.RECEIVE)));
    }

    public StockResult issue(StockChange change) {
        access.require(change.actor(), Permission.ISSUE);
        long locationId = rules.checkChange(change, false);
        return record(
                change.idempotencyKey(),
                CommandIdentity.delta("ISSUE", change.productId(), locationId, -change.quantity()),
                change.actor().name(),
                session -> List.of(applyDelta(session, change, locationId, -change.quantity(), MovementType.ISSUE)));
    }

    /** A signed correction with a reason (damage, found stock, ...). */
    public StockResult adjust(StockChange change) {
        access.require(change.actor(), Permission.ADJUST);
        long locationId = rules.checkChange(change, true);
        // The reason is one of the site's codes (typed as its code or its label), recorded as the code.
        org.stockroom.service.reason.ReasonCode reason = transactions.read(
                session -> ReasonCodes.resolve(session, ReasonUse.ADJUST, change.reason(), StockCommandRules.REASON));
        if (!reason.fit().suits(change.quantity())) {
            throw new ValidationException(new org.stockroom.domain.FieldError(
                    StockCommandRules.REASON,
                    reason.label() + " explains " + reason.fit().words() + "; this adjustment is "
                            + (change.quantity() > 0 ? "+" : "") + change.quantity() + ": choose a reason that fits"));
        }
        String code = reason.code();
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
                CommandIdentity.delta("ADJUST", change.productId(), locationId, change.quantity()),
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
                CommandIdentity.transfer(transfer.productId(), route.fromId(), route.toId(), transfer.quantity()),
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
     * Receives, issues or moves every line of the list in one transaction under one key: all lines or none. For an
     * issue or a transfer every line's stock level is locked (in product order) and checked before any is written,
     * so a list with one short line is refused whole, naming that line, having written nothing.
     */
    public StockResult post(ListCommand list) {
        access.require(
                list.actor(),
                switch (list.kind() == null ? ListCommand.Kind.RECEIVE : list.kind()) {
                    case RECEIVE -> Permission.RECEIVE;
                    case ISSUE -> Permission.ISSUE;
                    case TRANSFER -> Permission.TRANSFER;
                });
        long[] at = listRules.check(list);
        List<ListCommand.Line> lines = ListCommandRules.merged(list.lines());
        long from = at[0];
        Long to = at.length > 1 ? at[1] : null;
        for (ListCommand.Line line : lines) {
            if (list.kind() == ListCommand.Kind.RECEIVE) {
                levels.ensureExists(line.productId(), from);
            } else if (to != null) {
                levels.ensureExists(line.productId(), to);
            }
        }
        CommandIdentity what = CommandIdentity.list(list.kind(), from, to, lines);
        return record(list.idempotencyKey(), what, list.actor().name(), session -> {
            if (list.kind() != ListCommand.Kind.RECEIVE) {
                lockAndCheck(session, lines, from, to);
            }
            List<MovementView> written = new java.util.ArrayList<>();
            for (ListCommand.Line line : lines) {
                StockChange change = new StockChange(
                        list.idempotencyKey(),
                        list.actor(),
                        line.productId(),
                        null,
                        line.quantity(),
                        null,
                        line.note());
                switch (list.kind()) {
                    case RECEIVE ->
                        written.add(applyDelta(session, change, from, line.quantity(), MovementType.RECEIVE));
                    case ISSUE -> written.add(applyDelta(session, change, from, -line.quantity(), MovementType.ISSUE));
                    case TRANSFER -> {
                        written.add(applyDelta(session, change, from, -line.quantity(), MovementType.TRANSFER_OUT));
                        written.add(applyDelta(session, change, to, line.quantity(), MovementType.TRANSFER_IN));
                    }
                }
            }
            return written;
        });
    }

    /**
     * Locks the list's stock levels, product by product (and for each, its two locations in id order), then
     * refuses the whole list if any line asks for more than is available: before anything is written, so the
     * refused transaction commits having changed nothing (decision 0004).
     */
    private void lockAndCheck(StatelessSession session, List<ListCommand.Line> lines, long from, Long to) {
        for (ListCommand.Line line : lines) {
            long first = to == null ? from : Math.min(from, to);
            java.util.Optional<LevelState> source = levels.lock(session, line.productId(), first);
            if (to != null) {
                java.util.Optional<LevelState> second = levels.lock(session, line.productId(), Math.max(from, to));
                source = from < to ? source : second;
            }
            long available = source.map(LevelState::available).orElse(0L);
            if (available < line.quantity()) {
                throw refusal(session, line.productId(), from, line.quantity());
            }
        }
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
                CommandIdentity.count(count.productId(), locationId, count.countedQuantity()),
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
            String key, CommandIdentity what, String user, Function<StatelessSession, List<MovementView>> work) {
        return retry.commuting(() -> recordOnce(key, what, user, work));
    }

    /** Writes the command's rows in one transaction; a key seen before returns what was written then. */
    private StockResult recordOnce(
            String key, CommandIdentity what, String user, Function<StatelessSession, List<MovementView>> work) {
        return commands.record(
                key, what, user, now(), null, session -> new StockResult(work.apply(session), false), session -> {
                    List<MovementView> earlier = ledger.ofCommand(session, key);
                    return earlier.isEmpty() ? null : new StockResult(earlier, true);
                });
    }

    /** Databases keep microseconds; so do we, so what a command returns equals what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
