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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.count.CountEntry;
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
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<LocationView> countLocation = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper productScans =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);

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
        planner = new CountPlanner(sessions, products, executor, actor, message::set, created -> {
            showSession(created);
            refreshListingChoosing(created.id());
        });
    }

    private final CountPostingModel posting;
    private final CountExports exports;
    private final CountPlanner planner;

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
        if (countLocation.get() == null && !view.lines().isEmpty()) {
            String first = view.lines().get(0).locationCode();
            locations.stream().filter(l -> l.code().equals(first)).findFirst().ifPresent(countLocation::set);
        }
    }

    /**
     * A scan (from anywhere in the window): a location's code sets where the count is taken; a product's code
     * (SKU, barcode, or GS1 with its GTIN) fills the code field and asks for the quantity
     * ({@link #productScansProperty()} counts them, so the view can move the focus). An unknown code is said and
     * what was on the page stays.
     */
    public void scanned(org.stockroom.domain.scan.ScannedCode scan) {
        java.util.Optional<LocationView> place = locations.stream()
                .filter(l -> l.code().equalsIgnoreCase(scan.text()))
                .findFirst();
        if (place.isPresent()) {
            countLocation.set(place.get());
            message.set("Counting at " + place.get().code() + ": scan a product.");
            return;
        }
        if (session.get() == null) {
            message.set("Choose a session first, then scan.");
            return;
        }
        executor.run(
                () -> products.findByAnyCode(scan.productKeys()),
                found -> found.ifPresentOrElse(
                        product -> {
                            code.set(product.details().sku());
                            quantity.set("");
                            productScans.set(productScans.get() + 1);
                            message.set("Scanned " + product.details().sku() + ": type the quantity counted, then Enter"
                                    + (scan.note() == null ? "." : " (" + scan.note() + ")."));
                        },
                        () -> message.set("No product or location with code '" + scan.text() + "'.")),
                this::failed);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty productScansProperty() {
        return productScans.getReadOnlyProperty();
    }

    /** Enter in the quantity field: records the count; the code field is cleared for the next scan. */
    public void recordCount() {
        CountSessionView now = session.get();
        if (now == null) {
            message.set("Choose a session first.");
            return;
        }
        String typedCode = code.get().strip();
        long counted;
        try {
            counted = Long.parseLong(quantity.get().strip());
        } catch (NumberFormatException e) {
            message.set("Quantity: type a whole number, e.g. 12.");
            return;
        }
        if (typedCode.isEmpty() || countLocation.get() == null) {
            message.set("Type or scan a SKU or barcode, and choose where it was counted.");
            return;
        }
        String where = countLocation.get().code();
        executor.run(
                () -> {
                    long productId = products.findBySkuOrBarcode(typedCode)
                            .orElseThrow(() -> new org.stockroom.service.NotFoundException(
                                    "No product with SKU or barcode '" + typedCode + "'"))
                            .id();
                    CountLineView line =
                            sessions.count(new CountEntry(actor.get(), now.id(), productId, where, counted));
                    return new Counted(line, sessions.session(now.id()));
                },
                done -> {
                    code.set("");
                    quantity.set("");
                    showSession(done.session());
                    refreshListingChoosing(now.id());
                    message.set("Counted " + done.line().sku() + " at " + where + ": " + counted
                            + (done.line().recountNeeded() ? " - over the variance threshold: count it again" : "")
                            + (done.line().foundInCount() ? " (added as found)" : ""));
                },
                this::failed);
    }

    private record Counted(CountLineView line, CountSessionView session) {}

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
        return code;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<LocationView> countLocationProperty() {
        return countLocation;
    }

    /** Someone else signs in: what this page said to the one before goes. */
    public void forgetMessages() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
