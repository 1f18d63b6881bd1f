package org.stockroom.ui.stock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.service.ValidationException;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.stock.StockCommandRules;
import org.stockroom.ui.Forms;

/**
 * The stock dialog's rules for one operation: what is wrong with a {@link StockForm}, field by field, and the
 * values parsed from it when nothing is.
 */
record StockFormCheck(List<FieldError> errors, Long quantity, Duration expiresAfter) {

    boolean valid() {
        return errors.isEmpty();
    }

    static StockFormCheck of(StockForm form) {
        List<FieldError> found = new ArrayList<>();
        StockOperation op = form.operation();
        Forms.ParseResult<Long> parsed = Forms.wholeNumber(StockCommandRules.QUANTITY, "Quantity", form.quantity());
        parsed.failure().ifPresent(found::add);
        if (parsed.value() != null) {
            long q = parsed.value();
            (switch (op) {
                        case ADJUST -> QuantityRules.checkDelta(StockCommandRules.QUANTITY, "Change", q);
                        case COUNT -> QuantityRules.checkRange(StockCommandRules.QUANTITY, "Counted quantity", q, 0);
                        default -> QuantityRules.checkRange(StockCommandRules.QUANTITY, "Quantity", q, 1);
                    })
                    .ifPresent(found::add);
        }
        if (form.location() == null) {
            found.add(new FieldError(StockCommandRules.LOCATION, "Choose a location"));
        }
        if (op == StockOperation.TRANSFER) {
            if (form.toLocation() == null) {
                found.add(new FieldError(StockCommandRules.TO_LOCATION, "Choose where the stock goes"));
            } else if (form.toLocation().equals(form.location())) {
                found.add(new FieldError(StockCommandRules.TO_LOCATION, "Choose a different location"));
            }
        }
        if (op == StockOperation.ADJUST && form.reason().isBlank()) {
            found.add(new FieldError(StockCommandRules.REASON, "An adjustment needs a reason"));
        }
        Forms.ParseResult<Duration> expires = expiresAfter(form.expires());
        if (op == StockOperation.RESERVE) {
            if (form.reason().isBlank()) {
                found.add(new FieldError(StockCommandRules.REASON, "A reservation needs an order number or reference"));
            }
            expires.failure().ifPresent(found::add);
        }
        QuantityRules.checkText(StockCommandRules.REASON, "Reason", form.reason(), QuantityRules.REASON_MAX)
                .ifPresent(found::add);
        QuantityRules.checkText(StockCommandRules.NOTE, "Note", form.note(), QuantityRules.NOTE_MAX)
                .ifPresent(found::add);
        return new StockFormCheck(List.copyOf(found), parsed.value(), expires.value());
    }

    /** "" means never; otherwise 30m, 2h, 3d. */
    private static Forms.ParseResult<Duration> expiresAfter(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return Forms.ParseResult.ok(null);
        }
        try {
            return Forms.ParseResult.ok(ReservationService.parseDuration(stripped));
        } catch (ValidationException e) {
            return Forms.ParseResult.error(e.errors().get(0));
        }
    }
}
