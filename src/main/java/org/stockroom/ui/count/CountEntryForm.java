package org.stockroom.ui.count;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.service.Actor;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.product.ProductService;
import org.stockroom.ui.TaskExecutor;

/**
 * The Counts page's entry row: a SKU or barcode (typed or scanned), where it was counted, the quantity, Enter. A
 * refused count keeps what was typed; a recorded one clears the code and quantity for the next scan.
 */
final class CountEntryForm {

    private final CountSessionService sessions;
    private final ProductService products;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final ObservableList<LocationView> locations;
    private final Consumer<String> say;
    private final Consumer<Throwable> failed;
    /** The session after a recorded count, to show. */
    private final Consumer<CountSessionView> counted;

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty quantity = new SimpleStringProperty("");
    final ObjectProperty<LocationView> location = new SimpleObjectProperty<>();
    /** Counts product scans, so the view can move the focus to the quantity. */
    final ReadOnlyIntegerWrapper productScans = new ReadOnlyIntegerWrapper(0);

    CountEntryForm(
            CountSessionService sessions,
            ProductService products,
            TaskExecutor executor,
            Supplier<Actor> actor,
            ObservableList<LocationView> locations,
            Consumer<String> say,
            Consumer<Throwable> failed,
            Consumer<CountSessionView> counted) {
        this.sessions = sessions;
        this.products = products;
        this.executor = executor;
        this.actor = actor;
        this.locations = locations;
        this.say = say;
        this.failed = failed;
        this.counted = counted;
    }

    /**
     * A location's code sets where the count is taken; a product's code (SKU, barcode, or GS1 with its GTIN) fills
     * the code field and asks for the quantity. An unknown code is said and what was on the page stays.
     */
    void scanned(ScannedCode scan, CountSessionView session) {
        Optional<LocationView> place = locations.stream()
                .filter(l -> l.code().equalsIgnoreCase(scan.text()))
                .findFirst();
        if (place.isPresent()) {
            location.set(place.get());
            say.accept("Counting at " + place.get().code() + ": scan a product.");
            return;
        }
        if (session == null) {
            say.accept("Choose a session first, then scan.");
            return;
        }
        executor.run(
                () -> products.findByAnyCode(scan.productKeys()),
                found -> found.ifPresentOrElse(
                        product -> {
                            code.set(product.details().sku());
                            quantity.set("");
                            productScans.set(productScans.get() + 1);
                            say.accept("Scanned " + product.details().sku() + ": type the quantity counted, then Enter"
                                    + (scan.note() == null ? "." : " (" + scan.note() + ")."));
                        },
                        () -> say.accept("No product or location with code '" + scan.text() + "'.")),
                failed);
    }

    /** Records the typed count into {@code session}. */
    void record(CountSessionView session) {
        if (session == null) {
            say.accept("Choose a session first.");
            return;
        }
        String typedCode = code.get().strip();
        long quantityCounted;
        try {
            quantityCounted = Long.parseLong(quantity.get().strip());
        } catch (NumberFormatException e) {
            say.accept("Quantity: type a whole number, e.g. 12.");
            return;
        }
        if (typedCode.isEmpty() || location.get() == null) {
            say.accept("Type or scan a SKU or barcode, and choose where it was counted.");
            return;
        }
        String where = location.get().code();
        executor.run(
                () -> {
                    long productId = products.findBySkuOrBarcode(typedCode)
                            .orElseThrow(
                                    () -> new NotFoundException("No product with SKU or barcode '" + typedCode + "'"))
                            .id();
                    CountLineView line = sessions.count(
                            new CountEntry(actor.get(), session.id(), productId, where, quantityCounted));
                    return new Counted(line, sessions.session(session.id()));
                },
                done -> {
                    code.set("");
                    quantity.set("");
                    counted.accept(done.session());
                    say.accept("Counted " + done.line().sku() + " at " + where + ": " + quantityCounted
                            + (done.line().recountNeeded() ? " - over the variance threshold: count it again" : "")
                            + (done.line().foundInCount() ? " (added as found)" : ""));
                },
                failed);
    }

    private record Counted(CountLineView line, CountSessionView session) {}

    /** A session is shown: with no location chosen yet, counting starts at its first line's. */
    void sessionShown(CountSessionView view) {
        if (location.get() == null && !view.lines().isEmpty()) {
            String first = view.lines().get(0).locationCode();
            locations.stream().filter(l -> l.code().equals(first)).findFirst().ifPresent(location::set);
        }
    }
}
