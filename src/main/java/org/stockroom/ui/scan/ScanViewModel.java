package org.stockroom.ui.scan;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.scan.Gtin;
import org.stockroom.domain.scan.ScanDecoder;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.domain.scan.ScannerSettings;
import org.stockroom.service.Actor;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.stock.StockService;
import org.stockroom.ui.TaskExecutor;

/**
 * The Scan workspace: choose receive, pick or move; scan a location to set where (for a move: from, then to);
 * scan products, each adding one (or a GS1 code's count) to its line; a number typed then Enter sets the last
 * line's quantity; Enter on an empty field, or the {@link #POST_CODE} barcode, posts the whole list as one command.
 * The list's key is kept until it posts, so a second Enter, or a retry after a failure, records it once. An unknown
 * barcode is held while the user assigns it to a product or creates one; then it goes on the list: the scan is not
 * lost.
 */
public final class ScanViewModel {

    /** A barcode to print on the workspace's sheet: scanning it posts the list. */
    public static final String POST_CODE = "STOCKROOM-POST";

    private final ProductService products;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Supplier<String> newKey;
    private final RepeatGuard repeats;
    private final Supplier<ScannerSettings> settings;
    /** A product was given a barcode or created here: the product list and its count show it. */
    private final Runnable productsChanged;

    private final ObjectProperty<ScanMode> mode = new SimpleObjectProperty<>(ScanMode.RECEIVE);
    private final ScanPlaces places;
    private final ObservableList<ScanLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ScanLine> lastLine = new SimpleObjectProperty<>();
    private final StringProperty typed = new SimpleStringProperty("");
    private final UnknownCode unknown;
    private final ScanFeedback feedback;
    private String listKey;
    private final ScanCount count;
    private final ListPosting listing;

    public ScanViewModel(
            ProductService products,
            StockService stock,
            org.stockroom.service.count.CountSessionService counts,
            CatalogueQueries catalogue,
            TaskExecutor executor,
            Supplier<Actor> actor,
            Supplier<String> newKey,
            LongSupplier millis,
            Supplier<ScannerSettings> settings,
            ScanSounds sounds,
            org.stockroom.ui.DialogService dialogs,
            Runnable productsChanged) {
        this.feedback = new ScanFeedback(sounds, () -> lines);
        this.productsChanged = productsChanged;
        this.products = products;
        this.executor = executor;
        this.actor = actor;
        this.newKey = newKey;
        this.repeats = new RepeatGuard(millis, () -> settings.get().repeatGuardMillis());
        this.settings = settings;
        this.count = new ScanCount(counts, executor, dialogs, actor, feedback);
        this.listing = new ListPosting(stock, executor, actor, feedback);
        this.places = new ScanPlaces(catalogue, executor, mode::get, feedback);
        this.unknown = new UnknownCode(products, executor, actor, feedback::refused, this::listHeld);
        this.listKey = newKey.get();
        mode.addListener((o, was, now) -> {
            places.toLocationProperty().set(null);
            if (was == ScanMode.COUNT) {
                count.abandon();
            }
            if (was == ScanMode.COUNT || now == ScanMode.COUNT) {
                startOver(); // a count's lines are already in its session; a list's are not counts
            }
        });
    }

    /** Loads the locations (the page was shown). */
    public void refresh() {
        places.refresh(feedback::refused);
    }

    /** A scan from anywhere in the window while this page shows. */
    public void scanned(ScannedCode scan) {
        if (unknown.heldProperty().get() != null) {
            feedback.refused(
                    "First assign " + unknown.heldProperty().get().text() + " to a product or create one (or skip it).",
                    null);
            return;
        }
        if (scan.text().equalsIgnoreCase(POST_CODE)) {
            post();
            return;
        }
        Optional<LocationView> place = places.known(scan.text());
        if (place.isPresent()) {
            places.scanned(place.get());
            return;
        }
        if (repeats.repeats(scan.text())) {
            feedback.info(scan.text() + " again within " + repeats.guardMillis() + " ms: counted once.");
            return;
        }
        // Not a location this page knows: perhaps one it has not loaded yet (the page has just opened, or another
        // workstation added it), so the locations are asked again with the product.
        executor.run(
                () -> new Found(places.lookUp(scan.text()), products.findByAnyCode(scan.productKeys())),
                found -> {
                    if (found.place().isPresent()) {
                        places.learned(found.place().get());
                    } else {
                        found.product().ifPresentOrElse(product -> addToList(product, scan), () -> holdUnknown(scan));
                    }
                },
                feedback::refused);
    }

    private record Found(Optional<LocationView> place, Optional<ProductView> product) {}

    /** In count mode every change to a line is entered into the count session at once. */
    private void enterCount(ScanLine line) {
        if (mode.get() == ScanMode.COUNT) {
            count.enter(line, places.code(), () -> lines.remove(line));
        }
    }

    private void addToList(ProductView product, ScannedCode scan) {
        long productId = product.id();
        ScanLine line = lines.stream()
                .filter(l -> l.productId() == productId)
                .findFirst()
                .orElse(null);
        if (line == null) {
            line = new ScanLine(
                    productId, product.details().sku(), product.details().name(), scan.quantity(), scan.note());
            lines.add(line);
        } else {
            line.add(scan.quantity(), scan.note());
        }
        lastLine.set(line);
        feedback.accepted(line.sku() + ": " + line.quantityProperty().get()
                + " (type a number then Enter to set it; Enter on an empty field posts the list).");
        enterCount(line); // after the message: a refused count says why
    }

    private void holdUnknown(ScannedCode scan) {
        unknown.hold(scan);
        feedback.refused("No product has the code " + scan.text() + ": assign it to a product, or create one.", null);
    }

    /** Enter in the scan field: a number sets the last line's quantity, empty posts, anything else is a code. */
    public void enter() {
        String text = typed.get() == null ? "" : typed.get().strip();
        typed.set("");
        if (text.isEmpty()) {
            post();
        } else if (text.matches("\\d{1,6}") && lastLine.get() != null && !isKnownShape(text)) {
            long quantity = Long.parseLong(text);
            if (quantity == 0 && mode.get() != ScanMode.COUNT) {
                lines.remove(lastLine.get());
                feedback.info(lastLine.get().sku() + " taken off the list.");
                lastLine.set(null);
            } else {
                lastLine.get().quantityProperty().set(quantity);
                feedback.info(lastLine.get().sku() + ": " + quantity + ".");
                enterCount(lastLine.get());
            }
        } else {
            scanned(new ScanDecoder(settings.get()).decode(text));
        }
    }

    /** A typed EAN-8 is a code, not a quantity of 96 million. */
    private static boolean isKnownShape(String digits) {
        return digits.length() == 8 && Gtin.isValid(digits);
    }

    /** Posts the list as one command under the list's key; on success the list starts over with a new key. */
    public void post() {
        if (lines.isEmpty()) {
            feedback.refused("Nothing to post: scan products first.", null);
            return;
        }
        if (!places.complete()) {
            feedback.refused(
                    mode.get() == ScanMode.MOVE ? "Scan where from and where to." : "Scan or choose a location.", null);
            return;
        }
        ScanMode doing = mode.get();
        if (doing == ScanMode.COUNT) {
            count.post(lines.size(), places.code(), this::startOver);
            return;
        }
        listing.post(doing, listKey, places.code(), places.toCode(), List.copyOf(lines), this::startOver);
    }

    /** A new list: its lines cleared, a new key. (A count session is let go only by the tasks that use it.) */
    private void startOver() {
        lines.clear();
        lastLine.set(null);
        listKey = newKey.get();
    }

    /** Lets the held code go without listing it. */
    public void skipUnknown() {
        ScannedCode skipped = unknown.skip();
        if (skipped != null) {
            feedback.info(skipped.text() + " skipped; nothing was listed for it.");
        }
    }

    private void listHeld(ProductView product, ScannedCode held, String what) {
        productsChanged.run();
        addToList(product, held);
        feedback.accepted(product.details().sku() + " " + what + " " + UnknownCode.storedForm(held) + "; listed: "
                + lastLine.get().quantityProperty().get() + ".");
    }

    public void removeLine(ScanLine line) {
        if (mode.get() == ScanMode.COUNT) {
            feedback.refused(
                    line.sku() + " is counted already: type the right quantity for it instead (0 if none).", line);
            return;
        }
        lines.remove(line);
        if (lastLine.get() == line) {
            lastLine.set(null);
        }
    }

    public ObjectProperty<ScanMode> modeProperty() {
        return mode;
    }

    public ObservableList<LocationView> locations() {
        return places.locations();
    }

    public ObjectProperty<LocationView> locationProperty() {
        return places.locationProperty();
    }

    public ObjectProperty<LocationView> toLocationProperty() {
        return places.toLocationProperty();
    }

    public ObservableList<ScanLine> lines() {
        return lines;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** A scanned code no product has, while it is held: the page's assign / create / skip box. */
    UnknownCode unknown() {
        return unknown;
    }

    /** Someone else signs in: what this page said to the one before goes. */
    public void forgetMessages() {
        feedback.info("Scan a location, then products.");
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    /** Whether the message is news, a posting (green) or a refusal (red). */
    public ReadOnlyObjectProperty<ScanFeedback.Outcome> outcomeProperty() {
        return feedback.outcomeProperty();
    }

    /** The line a refusal is about (shown red), or null. */
    public ReadOnlyObjectProperty<ScanLine> faultLineProperty() {
        return feedback.faultLineProperty();
    }
}
