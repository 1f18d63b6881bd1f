package org.stockroom.ui.stock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.service.Actor;
import org.stockroom.service.ExpectedFailure;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockCommandRules;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.stock.TransferCommand;
import org.stockroom.ui.DialogModel;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.Forms;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;

/**
 * The stock dialog: one operation on one product. Its idempotency key is minted when the dialog opens, so
 * pressing Save twice, or again after a timeout, records the change once.
 */
public final class AdjustStockViewModel implements DialogModel<Void> {

    private final StockService stock;
    private final ReservationService reservations;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProductRow product;
    private final List<StockLevelView> levelsWhenOpened;
    private final Actor actor;
    private final Runnable onSaved;
    private final String idempotencyKey = CommandKeys.newKey();

    private final ObjectProperty<StockOperation> operation = new SimpleObjectProperty<>(StockOperation.RECEIVE);
    private final ObjectProperty<LocationView> location = new SimpleObjectProperty<>();
    private final ObjectProperty<LocationView> toLocation = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty expires = new SimpleStringProperty("");
    private final ObservableList<LocationView> locations = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding levelSummary;

    /** After the first Save, the dialog lists what is still wrong as the user fixes it. */
    private boolean saveAttempted;

    /** Set when a count conflict was resolved with "apply my count": the version the user has now seen. */
    private Long rebasedVersion;

    public AdjustStockViewModel(
            StockService stock,
            ReservationService reservations,
            TaskExecutor executor,
            DialogService dialogs,
            ProductRow product,
            List<StockLevelView> levels,
            List<LocationView> allLocations,
            Actor actor,
            Runnable onSaved) {
        this.stock = stock;
        this.reservations = reservations;
        this.executor = executor;
        this.dialogs = dialogs;
        this.product = product;
        this.levelsWhenOpened = List.copyOf(levels);
        this.actor = actor;
        this.onSaved = onSaved;
        locations.setAll(allLocations);
        allLocations.stream()
                .filter(l -> l.code().equals("MAIN"))
                .findFirst()
                .or(() -> allLocations.stream().findFirst())
                .ifPresent(location::set);
        levelSummary = Bindings.createStringBinding(this::describeLevel, location);
        for (Observable field : List.of(operation, location, toLocation, quantity, reason, note, expires)) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public String title() {
        return "Stock: " + product.sku() + " - " + product.name();
    }

    private String describeLevel() {
        return level().map(l -> "On hand here: " + l.onHand() + " " + product.unit() + ", reserved " + l.reserved()
                        + ", available " + l.available())
                .orElse("");
    }

    private Optional<StockLevelView> level() {
        LocationView at = location.get();
        return at == null
                ? Optional.empty()
                : levelsWhenOpened.stream()
                        .filter(l -> l.locationId() == at.id())
                        .findFirst();
    }

    /** Checks the form; returns the parsed quantity if everything is valid. */
    public Optional<Long> validate() {
        List<FieldError> found = new ArrayList<>();
        StockOperation op = operation.get();
        Forms.ParseResult<Long> parsed = Forms.wholeNumber(StockCommandRules.QUANTITY, "Quantity", quantity.get());
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
        if (location.get() == null) {
            found.add(new FieldError(StockCommandRules.LOCATION, "Choose a location"));
        }
        if (op == StockOperation.TRANSFER) {
            if (toLocation.get() == null) {
                found.add(new FieldError(StockCommandRules.TO_LOCATION, "Choose where the stock goes"));
            } else if (toLocation.get().equals(location.get())) {
                found.add(new FieldError(StockCommandRules.TO_LOCATION, "Choose a different location"));
            }
        }
        if (op == StockOperation.ADJUST && reason.get().isBlank()) {
            found.add(new FieldError(StockCommandRules.REASON, "An adjustment needs a reason"));
        }
        if (op == StockOperation.RESERVE) {
            if (reason.get().isBlank()) {
                found.add(new FieldError(StockCommandRules.REASON, "A reservation needs an order number or reference"));
            }
            expiresAfter().failure().ifPresent(found::add);
        }
        QuantityRules.checkText(StockCommandRules.REASON, "Reason", reason.get(), QuantityRules.REASON_MAX)
                .ifPresent(found::add);
        QuantityRules.checkText(StockCommandRules.NOTE, "Note", note.get(), QuantityRules.NOTE_MAX)
                .ifPresent(found::add);
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (saveAttempted && !busy.get()) {
            message.set(FieldError.summary(found));
        }
        return found.isEmpty() ? Optional.of(parsed.value()) : Optional.empty();
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        saveAttempted = true;
        Optional<Long> parsed = validate();
        if (parsed.isEmpty()) {
            return;
        }
        submit(command(parsed.get()));
    }

    /** "" means never; otherwise 30m, 2h, 3d. */
    private Forms.ParseResult<Duration> expiresAfter() {
        String text = expires.get().strip();
        if (text.isEmpty()) {
            return Forms.ParseResult.ok(null);
        }
        try {
            return Forms.ParseResult.ok(ReservationService.parseDuration(text));
        } catch (ValidationException e) {
            return Forms.ParseResult.error(e.errors().get(0));
        }
    }

    private Callable<?> command(long q) {
        String code = location.get().code();
        String why = blankToNull(reason.get());
        String remark = blankToNull(note.get());
        long productId = product.id();
        return switch (operation.get()) {
            case RECEIVE ->
                () -> stock.receive(new StockChange(idempotencyKey, actor, productId, code, q, why, remark));
            case ISSUE -> () -> stock.issue(new StockChange(idempotencyKey, actor, productId, code, q, why, remark));
            case ADJUST -> () -> stock.adjust(new StockChange(idempotencyKey, actor, productId, code, q, why, remark));
            case TRANSFER ->
                () -> stock.transfer(new TransferCommand(
                        idempotencyKey, actor, productId, code, toLocation.get().code(), q, why, remark));
            case RESERVE -> {
                ReserveCommand reserve = new ReserveCommand(
                        idempotencyKey,
                        actor,
                        productId,
                        code,
                        q,
                        why,
                        expiresAfter().value());
                yield () -> reservations.reserve(reserve);
            }
            case COUNT -> {
                long seen = rebasedVersion != null
                        ? rebasedVersion
                        : level().map(StockLevelView::version).orElse(0L);
                CountCommand count = new CountCommand(idempotencyKey, actor, productId, code, q, seen, remark);
                yield () -> stock.count(count);
            }
        };
    }

    private void submit(Callable<?> command) {
        busy.set(true);
        message.set("Saving...");
        executor.run(
                command,
                result -> {
                    busy.set(false);
                    message.set("");
                    closed.set(true);
                    onSaved.run();
                },
                this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set("");
        if (error instanceof InsufficientStockException refused) {
            errors.put(StockCommandRules.QUANTITY, "Only " + refused.available() + " available");
            message.set(refused.getMessage());
        } else if (error instanceof ValidationException invalid) {
            invalid.errors().forEach(e -> errors.put(e.field(), e.message()));
            message.set(invalid.getMessage());
        } else if (error instanceof CountConflictException conflict) {
            resolve(conflict);
        } else if (FailureText.kindOf(error).orElse(null) == ExpectedFailure.Kind.BUSY) {
            message.set(FailureText.of(error));
        } else {
            dialogs.showError("Could not record the stock change", String.valueOf(error.getMessage()));
        }
    }

    private void resolve(CountConflictException conflict) {
        long onHandWhenCounted = level().map(StockLevelView::onHand).orElse(0L);
        ConflictChoice choice = dialogs.show(ConflictViewModel.forCount(conflict, onHandWhenCounted))
                .orElse(ConflictChoice.CANCEL);
        switch (choice) {
            case APPLY_MINE -> {
                rebasedVersion = conflict.current().version();
                CountCommand rebased = conflict.mine().rebasedOn(rebasedVersion);
                submit(() -> stock.count(rebased));
            }
            case KEEP_THEIRS -> {
                closed.set(true);
                onSaved.run();
            }
            case CANCEL -> message.set("Not saved: stock moved since the count began. Your count is kept.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void cancel() {
        closed.set(true);
    }

    public ObjectProperty<StockOperation> operationProperty() {
        return operation;
    }

    public ObjectProperty<LocationView> locationProperty() {
        return location;
    }

    public ObjectProperty<LocationView> toLocationProperty() {
        return toLocation;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty expiresProperty() {
        return expires;
    }

    public ObservableList<LocationView> locations() {
        return FXCollections.unmodifiableObservableList(locations);
    }

    public ObservableMap<String, String> errors() {
        return FXCollections.unmodifiableObservableMap(errors);
    }

    public StringBinding levelSummaryBinding() {
        return levelSummary;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
