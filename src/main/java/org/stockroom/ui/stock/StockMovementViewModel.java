package org.stockroom.ui.stock;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
import org.stockroom.domain.access.Permission;
import org.stockroom.service.ExpectedFailure;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockCommandRules;
import org.stockroom.ui.DialogModel;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;

/**
 * The stock dialog: one operation (receive, issue, adjust, count, transfer, reserve) on one product. The form's
 * rules are {@link StockFormCheck}'s, the service calls {@link StockCommandSender}'s; this class holds the fields,
 * runs the call off the UI thread and turns its answer into what the dialog shows.
 */
public final class StockMovementViewModel implements DialogModel<Void> {

    private final StockCommandSender commands;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StockDialogSubject subject;
    private final java.util.function.Consumer<String> onSaved;
    private final Function<Permission, StringBinding> whyNot;

    private final ObjectProperty<StockOperation> operation = new SimpleObjectProperty<>(StockOperation.RECEIVE);
    private final ObjectProperty<LocationView> location = new SimpleObjectProperty<>();
    private final ObjectProperty<LocationView> toLocation = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<ReasonCode> adjustReason = new SimpleObjectProperty<>();
    private final javafx.collections.transformation.FilteredList<ReasonCode> adjustReasons;
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

    public StockMovementViewModel(
            StockCommandSender commands,
            TaskExecutor executor,
            DialogService dialogs,
            StockDialogSubject subject,
            Function<Permission, StringBinding> whyNot,
            java.util.function.Consumer<String> onSaved) {
        this.commands = commands;
        this.whyNot = whyNot;
        this.executor = executor;
        this.dialogs = dialogs;
        this.subject = subject;
        this.onSaved = onSaved;
        locations.setAll(subject.locations());
        adjustReasons = AdjustReasons.fittingTheSign(subject.adjustReasons(), quantity, adjustReason);
        subject.defaultLocation().ifPresent(location::set);
        levelSummary = Bindings.createStringBinding(this::describeLevel, location);
        for (Observable field :
                List.of(operation, location, toLocation, quantity, reason, adjustReason, note, expires)) {
            field.addListener(o -> validate());
        }
        validate();
    }

    public String title() {
        return "Stock: " + subject.product().sku() + " - " + subject.product().name();
    }

    private String describeLevel() {
        return level().map(l ->
                        "On hand here: " + l.onHand() + " " + subject.product().unit() + ", reserved "
                                + l.reserved()
                                + ", available " + l.available())
                .orElse("");
    }

    private Optional<StockLevelView> level() {
        return subject.levelAt(location.get());
    }

    private StockForm form() {
        return new StockForm(
                operation.get(),
                location.get(),
                toLocation.get(),
                quantity.get(),
                operation.get() == StockOperation.ADJUST
                        ? (adjustReason.get() == null ? "" : adjustReason.get().code())
                        : reason.get(),
                note.get(),
                expires.get());
    }

    /** Checks the form and shows what is wrong beside each field; the check, valid or not. */
    private StockFormCheck validate() {
        StockFormCheck check = StockFormCheck.of(form());
        errors.clear();
        check.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        if (saveAttempted && !busy.get()) {
            message.set(FieldError.summary(check.errors()));
        }
        return check;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        saveAttempted = true;
        StockFormCheck check = validate();
        if (!check.valid()) {
            return;
        }
        long countedAt = rebasedVersion != null
                ? rebasedVersion
                : level().map(StockLevelView::version).orElse(0L);
        submit(
                commands.commandFor(form(), check, subject.product().id(), countedAt),
                SavedMovementText.of(form(), check.quantity(), subject.product(), adjustReason.get()));
    }

    private void submit(Callable<?> command, String done) {
        busy.set(true);
        message.set("Saving...");
        executor.run(
                command,
                result -> {
                    busy.set(false);
                    message.set("");
                    closed.set(true);
                    onSaved.accept(done);
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
        } else if (FailureText.kindOf(error)
                .filter(kind -> kind == ExpectedFailure.Kind.BUSY || kind == ExpectedFailure.Kind.NOT_ALLOWED)
                .isPresent()) {
            // The form stays open with what was typed: try again, or after someone with the role signs in.
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
                submit(
                        commands.recount(conflict.mine(), rebasedVersion),
                        "Saved: counted " + subject.product().sku() + " at "
                                + conflict.mine().locationCode() + ": "
                                + conflict.mine().countedQuantity() + " (applied over the newer stock).");
            }
            case KEEP_THEIRS -> {
                closed.set(true);
                onSaved.accept("Not saved: your count of " + subject.product().sku()
                        + " was let go; the stock as it is now stays.");
            }
            case CANCEL -> message.set("Not saved: stock moved since the count began. Your count is kept.");
        }
    }

    public void cancel() {
        closed.set(true);
    }

    /**
     * Why the signed-in user may not do {@code op}, empty while they may; it follows a switch of user while the
     * dialog is open. The list shows a refused operation disabled with this reason; one already chosen stays
     * chosen with what was typed, and Save is refused inline by the service.
     */
    public StringBinding refusalOf(StockOperation op) {
        return whyNot.apply(op.permission());
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

    /** An adjustment's reason: one of the site's codes that fit the sign of the quantity typed. */
    public ObjectProperty<ReasonCode> adjustReasonProperty() {
        return adjustReason;
    }

    public ObservableList<ReasonCode> adjustReasons() {
        return adjustReasons;
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
