package org.stockroom.service.stock;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.hibernate.StatelessSession;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.RetryPolicy;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;
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
    private final MovementWriter writer;
    private final LedgerQueries ledger;
    private final StockCommandRules rules;
    private final ListCommandRules listRules;
    private final CommandLog commands;
    private final RetryPolicy retry;
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
        this.ledger = ledger;
        this.rules = new StockCommandRules(locations);
        this.listRules = new ListCommandRules(rules);
        this.commands = new CommandLog(transactions);
        this.retry = retry;
        this.access = new Access(transactions);
        this.writer = new MovementWriter(levels, locations, ledger, clock);
    }

    public StockResult receive(StockChange change) {
        access.require(change.actor(), Permission.RECEIVE);
        long locationId = rules.checkChange(change, false);
        levels.ensureExists(change.productId(), locationId);
        return record(
                change.idempotencyKey(),
                CommandIdentity.delta("RECEIVE", change.productId(), locationId, change.quantity()),
                change.actor().name(),
                session -> List.of(
                        writer.applyDelta(session, change, locationId, change.quantity(), MovementType.RECEIVE)));
    }

    public StockResult issue(StockChange change) {
        access.require(change.actor(), Permission.ISSUE);
        long locationId = rules.checkChange(change, false);
        return record(
                change.idempotencyKey(),
                CommandIdentity.delta("ISSUE", change.productId(), locationId, -change.quantity()),
                change.actor().name(),
                session -> List.of(
                        writer.applyDelta(session, change, locationId, -change.quantity(), MovementType.ISSUE)));
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
                session ->
                        List.of(writer.applyDelta(session, coded, locationId, coded.quantity(), MovementType.ADJUST)));
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
                            writer.applyDelta(session, out, route.fromId(), -out.quantity(), MovementType.TRANSFER_OUT);
                    MovementView put =
                            writer.applyDelta(session, in, route.toId(), in.quantity(), MovementType.TRANSFER_IN);
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
                        written.add(writer.applyDelta(session, change, from, line.quantity(), MovementType.RECEIVE));
                    case ISSUE ->
                        written.add(writer.applyDelta(session, change, from, -line.quantity(), MovementType.ISSUE));
                    case TRANSFER -> {
                        written.add(
                                writer.applyDelta(session, change, from, -line.quantity(), MovementType.TRANSFER_OUT));
                        written.add(writer.applyDelta(session, change, to, line.quantity(), MovementType.TRANSFER_IN));
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
                throw writer.refusal(session, line.productId(), from, line.quantity());
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
                session -> List.of(writer.applyCount(session, count, locationId, transactions.guarded()))));
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
                key,
                what,
                user,
                writer.now(),
                null,
                session -> new StockResult(work.apply(session), false),
                session -> {
                    List<MovementView> earlier = ledger.ofCommand(session, key);
                    return earlier.isEmpty() ? null : new StockResult(earlier, true);
                });
    }
}
