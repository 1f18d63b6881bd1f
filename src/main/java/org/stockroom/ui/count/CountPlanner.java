package org.stockroom.ui.count;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.product.ProductService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The Counts page's planner: a name, locations, a category, hand-picked products (SKUs or scanned barcodes),
 * counters and blind or not; "Plan session" creates it. What was typed stays when planning is refused.
 */
final class CountPlanner {

    private final CountSessionService sessions;
    private final ProductService products;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Consumer<String> say;
    private final Consumer<CountSessionView> planned;

    final ObservableList<LocationView> locations = FXCollections.observableArrayList();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty category = new SimpleStringProperty();
    final StringProperty counters = new SimpleStringProperty("");
    final StringProperty productCodes = new SimpleStringProperty("");
    final BooleanProperty blind = new SimpleBooleanProperty(false);

    CountPlanner(
            CountSessionService sessions,
            ProductService products,
            TaskExecutor executor,
            Supplier<Actor> actor,
            Consumer<String> say,
            Consumer<CountSessionView> planned) {
        this.sessions = sessions;
        this.products = products;
        this.executor = executor;
        this.actor = actor;
        this.say = say;
        this.planned = planned;
    }

    void plan() {
        String named = name.get().isBlank() ? "Count " + LocalDate.now() : name.get();
        List<String> locationCodes = locations.stream().map(LocationView::code).toList();
        String inCategory = category.get();
        List<String> typedProducts = words(productCodes.get(), "[,\\s]+");
        List<String> who = words(counters.get(), ",");
        boolean isBlind = blind.get();
        say.accept("Planning...");
        executor.run(
                () -> sessions.create(
                        actor.get(),
                        new NewCountSession(
                                named, new CountScope(locationCodes, inCategory, skusOf(typedProducts)), isBlind, who)),
                created -> {
                    name.set("");
                    productCodes.set("");
                    blind.set(false);
                    say.accept("Session " + created.id() + " planned: "
                            + created.lines().size() + " lines.");
                    planned.accept(created);
                },
                error -> say.accept(FailureText.of(error)));
    }

    private static List<String> words(String text, String separators) {
        return Arrays.stream(text == null ? new String[0] : text.split(separators))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** A scanned barcode stands for its product's SKU; an unknown code is named, and nothing is planned. */
    private List<String> skusOf(List<String> codes) {
        return codes.stream()
                .map(typed -> products.findBySkuOrBarcode(typed)
                        .orElseThrow(() -> new NotFoundException(
                                "Only these products: no product with SKU or barcode '" + typed + "'"))
                        .details()
                        .sku())
                .toList();
    }
}
