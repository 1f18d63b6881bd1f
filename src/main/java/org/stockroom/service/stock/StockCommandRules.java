package org.stockroom.service.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.ValidationException;

/** Checks a stock command before anything is written, naming each field that is wrong. */
public final class StockCommandRules {

    public static final String QUANTITY = "quantity";
    public static final String LOCATION = "location";
    public static final String TO_LOCATION = "toLocation";
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final String USER = "user";
    public static final String KEY = "idempotencyKey";

    private final LocationRepository locations;

    public StockCommandRules(LocationRepository locations) {
        this.locations = locations;
    }

    /** Validates a receive, issue or adjustment and returns its location's id. */
    public long checkChange(StockChange change, boolean signed) {
        List<FieldError> errors = common(change.idempotencyKey(), change.actor().name(), change.note());
        if (signed) {
            QuantityRules.checkDelta(QUANTITY, "Adjustment", change.quantity()).ifPresent(errors::add);
            if (change.reason() == null || change.reason().isBlank()) {
                errors.add(new FieldError(REASON, "An adjustment needs a reason"));
            }
        } else {
            QuantityRules.checkRange(QUANTITY, "Quantity", change.quantity(), 1).ifPresent(errors::add);
        }
        QuantityRules.checkText(REASON, "Reason", change.reason(), QuantityRules.REASON_MAX)
                .ifPresent(errors::add);
        Optional<Long> location = location(LOCATION, change.locationCode(), errors);
        ValidationException.throwIfAny(errors);
        return location.orElseThrow();
    }

    long checkCount(CountCommand count) {
        List<FieldError> errors = common(count.idempotencyKey(), count.actor().name(), count.note());
        QuantityRules.checkRange(QUANTITY, "Counted quantity", count.countedQuantity(), 0)
                .ifPresent(errors::add);
        Optional<Long> location = location(LOCATION, count.locationCode(), errors);
        ValidationException.throwIfAny(errors);
        return location.orElseThrow();
    }

    Route checkTransfer(TransferCommand transfer) {
        List<FieldError> errors =
                common(transfer.idempotencyKey(), transfer.actor().name(), transfer.note());
        QuantityRules.checkRange(QUANTITY, "Quantity", transfer.quantity(), 1).ifPresent(errors::add);
        QuantityRules.checkText(REASON, "Reason", transfer.reason(), QuantityRules.REASON_MAX)
                .ifPresent(errors::add);
        Optional<Long> from = location(LOCATION, transfer.fromLocationCode(), errors);
        Optional<Long> to = location(TO_LOCATION, transfer.toLocationCode(), errors);
        if (from.isPresent() && from.equals(to)) {
            errors.add(new FieldError(TO_LOCATION, "Transfer to a different location than it comes from"));
        }
        ValidationException.throwIfAny(errors);
        return new Route(from.orElseThrow(), to.orElseThrow());
    }

    /** Key and user only: for commands that name a reservation rather than a product and location. */
    public void checkCommon(String key, String user) {
        ValidationException.throwIfAny(common(key, user, null));
    }

    private static List<FieldError> common(String key, String user, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (key == null || key.isBlank() || key.length() > 64) {
            errors.add(new FieldError(KEY, "Every command needs an idempotency key of 1-64 characters"));
        }
        if (user == null || user.isBlank()) {
            errors.add(new FieldError(USER, "A user name is required"));
        } else {
            QuantityRules.checkText(USER, "User name", user, QuantityRules.USER_MAX)
                    .ifPresent(errors::add);
        }
        QuantityRules.checkText(NOTE, "Note", note, QuantityRules.NOTE_MAX).ifPresent(errors::add);
        return errors;
    }

    private Optional<Long> location(String field, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "Choose a location"));
            return Optional.empty();
        }
        Optional<Long> id = locations.idOf(code);
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "No location with code '" + code + "'"));
        }
        return id;
    }

    /** The two location ids of a transfer. */
    record Route(long fromId, long toId) {}
}
