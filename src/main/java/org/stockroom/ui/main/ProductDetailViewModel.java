package org.stockroom.ui.main;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.audit.AuditTrail;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.reservation.ReservationView;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.ReversalService;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.stock.ReverseViewModel;

/** The selected product's stock by location, open reservations and movement history, and what staff do there. */
public final class ProductDetailViewModel {

    static final int HISTORY_LIMIT = 500;

    private final CatalogueQueries catalogue;
    private final ReservationService reservationService;
    private final LedgerQueries ledger;
    private final AuditTrail auditTrail;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final ReversalService reversals;
    private final ReasonCodes reasonCodes;
    private final Runnable onStockChanged;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<StockLevelView> stockLevels = FXCollections.observableArrayList();
    private final ObservableList<ReservationView> reservations = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    /** True from a selection until its details are back: an empty table then means "not yet", not "none". */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** A slow answer about a product the user has already left is dropped. */
    private final AtomicLong generation = new AtomicLong();

    private final javafx.beans.property.ReadOnlyStringWrapper facts =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final java.util.function.LongFunction<java.util.Optional<org.stockroom.service.product.ProductView>>
            productOf;

    ProductDetailViewModel(
            java.util.function.LongFunction<java.util.Optional<org.stockroom.service.product.ProductView>> productOf,
            CatalogueQueries catalogue,
            ReservationService reservationService,
            LedgerQueries ledger,
            AuditTrail auditTrail,
            ReversalService reversals,
            ReasonCodes reasonCodes,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            Runnable onStockChanged,
            Consumer<Throwable> onFailure) {
        this.productOf = productOf;
        this.catalogue = catalogue;
        this.reservationService = reservationService;
        this.ledger = ledger;
        this.auditTrail = auditTrail;
        this.reversals = reversals;
        this.reasonCodes = reasonCodes;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.onStockChanged = onStockChanged;
        this.onFailure = onFailure;
    }

    void show(ProductRow row) {
        long asked = generation.incrementAndGet();
        if (row == null) {
            stockLevels.clear();
            reservations.clear();
            history.clear();
            facts.set("");
            loading.set(false);
            return;
        }
        loading.set(true);
        executor.run(
                () -> new Details(
                        catalogue.stockLevels(row.id()),
                        reservationService.open(row.id()),
                        history(row.id()),
                        productOf
                                .apply(row.id())
                                .map(ProductDetailViewModel::facts)
                                .orElse("")),
                details -> {
                    if (asked == generation.get()) {
                        loading.set(false);
                        stockLevels.setAll(details.levels());
                        reservations.setAll(details.reservations());
                        history.setAll(details.history());
                        facts.set(details.facts());
                    }
                },
                error -> {
                    if (asked == generation.get()) {
                        loading.set(false);
                    }
                    onFailure.accept(error);
                });
    }

    /** Movements (those reversed since marked) and edits, newest first; read off the UI thread. */
    private List<HistoryEntry> history(long productId) {
        List<org.stockroom.service.ledger.MovementView> movements = ledger.history(productId, HISTORY_LIMIT);
        return HistoryEntry.merge(
                movements,
                auditTrail.productEdits(productId),
                HISTORY_LIMIT,
                ledger.reversedAmong(movements.stream()
                        .map(org.stockroom.service.ledger.MovementView::commandKey)
                        .toList()));
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void release(ReservationView reservation) {
        close(
                reservation,
                "Release",
                "Release reservation " + describe(reservation) + "? The stock becomes available again.",
                command -> reservationService.release(command));
    }

    public void fulfil(ReservationView reservation) {
        close(
                reservation,
                "Fulfil",
                "Fulfil reservation " + describe(reservation) + "? Its " + reservation.quantity()
                        + " unit(s) are issued from " + reservation.locationCode() + ".",
                command -> reservationService.fulfil(command));
    }

    private void close(
            ReservationView reservation,
            String verb,
            String question,
            Function<CloseReservationCommand, ReservationView> action) {
        if (reservation == null || !dialogs.confirm(verb + " reservation", question, verb)) {
            return;
        }
        // The key is minted once the user has confirmed: a second click is a second, refused, command.
        CloseReservationCommand command =
                new CloseReservationCommand(CommandKeys.newKey(), actor.get(), reservation.id());
        executor.run(() -> action.apply(command), done -> onStockChanged.run(), error -> {
            dialogs.showError(
                    "Could not " + verb.toLowerCase() + " the reservation", String.valueOf(error.getMessage()));
            onStockChanged.run();
        });
    }

    /** Opens "Reverse..." for the command {@code movement} belongs to; the history is reloaded after. */
    public void reverse(HistoryEntry movement) {
        if (movement == null || !movement.isReversible()) {
            return;
        }
        String describes = movement.type() + " " + String.format("%+d", movement.quantity()) + " at "
                + movement.locationCode() + " by " + movement.userName() + ", "
                + org.stockroom.ui.control.Formats.time(movement.occurredAt()) + " (command " + movement.shortKey()
                + ")";
        executor.run(
                () -> reasonCodes.active(ReasonUse.REVERSE),
                codes -> dialogs.show(new ReverseViewModel(
                        reversals, codes, executor, actor, movement.commandKey(), describes, onStockChanged)),
                onFailure);
    }

    private static String describe(ReservationView r) {
        return r.reference() + " (" + r.quantity() + " at " + r.locationCode() + ")";
    }

    public ObservableList<StockLevelView> stockLevels() {
        return FXCollections.unmodifiableObservableList(stockLevels);
    }

    public ObservableList<ReservationView> reservations() {
        return FXCollections.unmodifiableObservableList(reservations);
    }

    /** Movements and edits of the product, newest first. */
    public ObservableList<HistoryEntry> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    private record Details(
            List<StockLevelView> levels,
            List<ReservationView> reservations,
            List<HistoryEntry> history,
            String facts) {}

    /** "Barcode 4006381333931 · Fasteners · each · reorder at 10 · cost 0.12": what the edit form holds, at a glance. */
    static String facts(org.stockroom.service.product.ProductView product) {
        var d = product.details();
        String barcode = d.barcode() == null || d.barcode().isBlank() ? "no barcode" : "Barcode " + d.barcode();
        return barcode + "  ·  " + d.category() + "  ·  " + d.unit() + "  ·  reorder at " + d.reorderPoint()
                + "  ·  cost " + d.unitCost().toPlainString() + (d.archived() ? "  ·  archived" : "");
    }

    /** The selected product's barcode, category, unit, reorder point and cost in one line. */
    public javafx.beans.property.ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }
}
