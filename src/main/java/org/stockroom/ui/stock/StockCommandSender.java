package org.stockroom.ui.stock;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.stockroom.service.Actor;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.stock.TransferCommand;

/**
 * Turns a checked stock form into the service call it stands for. One per dialog: its idempotency key is minted
 * when the dialog opens, so pressing Save twice, or again after a timeout, records the change once.
 */
public final class StockCommandSender {

    private final StockService stock;
    private final ReservationService reservations;
    private final Supplier<Actor> actor;
    private final String idempotencyKey = CommandKeys.newKey();

    public StockCommandSender(StockService stock, ReservationService reservations, Supplier<Actor> actor) {
        this.stock = stock;
        this.reservations = reservations;
        this.actor = actor;
    }

    /** {@code countedAtVersion}: the stock level's version the user counted against (for a count only). */
    Callable<?> commandFor(StockForm form, StockFormCheck check, long productId, long countedAtVersion) {
        String code = form.location().code();
        String why = blankToNull(form.reason());
        String remark = blankToNull(form.note());
        long q = check.quantity();
        return switch (form.operation()) {
            case RECEIVE ->
                () -> stock.receive(new StockChange(idempotencyKey, actor.get(), productId, code, q, why, remark));
            case ISSUE ->
                () -> stock.issue(new StockChange(idempotencyKey, actor.get(), productId, code, q, why, remark));
            case ADJUST ->
                () -> stock.adjust(new StockChange(idempotencyKey, actor.get(), productId, code, q, why, remark));
            case TRANSFER -> {
                String to = form.toLocation().code();
                yield () -> stock.transfer(
                        new TransferCommand(idempotencyKey, actor.get(), productId, code, to, q, why, remark));
            }
            case RESERVE -> {
                ReserveCommand reserve =
                        new ReserveCommand(idempotencyKey, actor.get(), productId, code, q, why, check.expiresAfter());
                yield () -> reservations.reserve(reserve);
            }
            case COUNT -> {
                CountCommand count =
                        new CountCommand(idempotencyKey, actor.get(), productId, code, q, countedAtVersion, remark);
                yield () -> stock.count(count);
            }
        };
    }

    /** The same count again, against the version the user has now seen ("apply my count" after a conflict). */
    Callable<?> recount(CountCommand mine, long seenVersion) {
        CountCommand rebased = mine.rebasedOn(seenVersion);
        return () -> stock.count(rebased);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
