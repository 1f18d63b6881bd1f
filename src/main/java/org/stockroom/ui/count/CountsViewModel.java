package org.stockroom.ui.count;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountSessionListing;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The Counts page: the sessions, a planner for a new one, and the chosen session's lines with an entry row (SKU
 * or barcode, location, quantity, Enter). What a blind session hides the service does not send, so this page has
 * nothing to hide. A refused count keeps what was typed.
 */
public final class CountsViewModel {

    private final CountSessionService sessions;
    private final ProductService products;
    private final CatalogueQueries catalogue;
    private final ReasonCodes reasons;
    private final Supplier<List<String>> categoryNames;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;

    private final ObservableList<CountSessionListing> listing = FXCollections.observableArrayList();
    private final ObjectProperty<CountSessionListing> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CountSessionView> session = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CountLineView> lines = FXCollections.observableArrayList();
    private final ObservableList<LocationView> locations = FXCollections.observableArrayList();

    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CountsViewModel(
            CountSessionService sessions,
            ProductService products,
            CatalogueQueries catalogue,
            ReasonCodes reasons,
            Supplier<List<String>> categoryNames,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor) {
        this.sessions = sessions;
        this.products = products;
        this.catalogue = catalogue;
        this.reasons = reasons;
        this.categoryNames = categoryNames;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        chosen.addListener((o, was, now) -> open(now));
        posting = new CountPostingModel(
                sessions, executor, dialogs, actor, session.getReadOnlyProperty(), message::set, this::afterPost);
        exports = new CountExports(sessions, executor, dialogs, message::set);
        entry = new CountEntryForm(sessions, products, executor, actor, locations, message::set, this::failed, done -> {
            showSession(done);
            refreshListingChoosing(done.id());
        });
        planner = new CountPlanner(sessions, products, executor, actor, message::set, created -> {
            showSession(created);
            refreshListingChoosing(created.id());
        });
    }

    private final CountPostingModel posting;
    private final CountExports exports;
    private final CountPlanner planner;
    private final CountEntryForm entry;

    private void afterPost(CountSessionView after) {
        showSession(after);
        refreshListingChoosing(after.id());
    }

    /** Reasons, confirmation and posting of the reviewed session. */
    public CountPostingModel posting() {
        return posting;
    }

    /** Reloads the list of sessions, the locations and the reason codes (the page was shown). */
    public void refresh() {
        executor.run(
                () -> new Choices(
                        sessions.sessions(),
                        catalogue.locations(),
                        reasons.active(ReasonUse.COUNT),
                        categoryNames.get()),
                choices -> {
                    long keep = chosen.get() == null ? -1 : chosen.get().id();
                    listing.setAll(choices.sessions());
                    locations.setAll(choices.locations());
                    posting.reasons(choices.reasons());
                    categories.setAll(choices.categories());
                    listing.stream().filter(s -> s.id() == keep).findFirst().ifPresent(chosen::set);
                },
                this::failed);
    }

    private record Choices(
            List<CountSessionListing> sessions,
            List<LocationView> locations,
            List<ReasonCode> reasons,
            List<String> categories) {}

    public void plan() {
        planner.plan();
    }

    private void refreshListingChoosing(long id) {
        executor.run(
                sessions::sessions,
                found -> {
                    listing.setAll(found);
                    found.stream().filter(s -> s.id() == id).findFirst().ifPresent(chosen::set);
                },
                this::failed);
    }

    private void open(CountSessionListing listed) {
        if (listed == null) {
            session.set(null);
            lines.clear();
            return;
        }
        executor.run(() -> sessions.session(listed.id()), this::showSession, this::failed);
    }

    private void showSession(CountSessionView view) {
        session.set(view);
        lines.setAll(view.lines());
        entry.sessionShown(view);
    }

    /** A scan from anywhere in the window: see {@link CountEntryForm#scanned}. */
    public void scanned(org.stockroom.domain.scan.ScannedCode scan) {
        entry.scanned(scan, session.get());
    }

    public javafx.beans.property.ReadOnlyIntegerProperty productScansProperty() {
        return entry.productScans.getReadOnlyProperty();
    }

    /** Enter in the quantity field: records the count; the code field is cleared for the next scan. */
    public void recordCount() {
        entry.record(session.get());
    }

    public void finishCounting() {
        act(id -> sessions.finishCounting(actor.get(), id), "In review: expected quantities and variances shown.");
    }

    public void cancelSession() {
        act(id -> sessions.cancel(actor.get(), id), "Session cancelled; nothing was posted.");
    }

    private void act(java.util.function.LongFunction<CountSessionView> command, String done) {
        CountSessionView now = session.get();
        if (now == null) {
            message.set("Choose a session first.");
            return;
        }
        executor.run(
                () -> command.apply(now.id()),
                after -> {
                    showSession(after);
                    message.set(done);
                    refreshListingChoosing(after.id());
                },
                this::failed);
    }

    /** The chosen session's count sheet as a PDF to print (a blind one without expected quantities). */
    public void exportSheet() {
        exports.sheet(session.get());
    }

    /** The chosen session's lines as CSV or XLSX (a blind one before review without the expected columns). */
    public void exportLines() {
        exports.lines(session.get());
    }

    private void failed(Throwable error) {
        message.set(FailureText.of(error));
    }

    public ObservableList<CountSessionListing> listing() {
        return listing;
    }

    public ObjectProperty<CountSessionListing> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<CountSessionView> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ObservableList<CountLineView> lines() {
        return lines;
    }

    public ObservableList<LocationView> locations() {
        return locations;
    }

    public ObservableList<LocationView> planLocations() {
        return planner.locations;
    }

    public StringProperty planCategoryProperty() {
        return planner.category;
    }

    public StringProperty planProductsProperty() {
        return planner.productCodes;
    }

    public StringProperty planCountersProperty() {
        return planner.counters;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty planNameProperty() {
        return planner.name;
    }

    public BooleanProperty planBlindProperty() {
        return planner.blind;
    }

    public StringProperty codeProperty() {
        return entry.code;
    }

    public StringProperty quantityProperty() {
        return entry.quantity;
    }

    public ObjectProperty<LocationView> countLocationProperty() {
        return entry.location;
    }

    /** Someone else signs in: what this page said to the one before goes. */
    public void forgetMessages() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
