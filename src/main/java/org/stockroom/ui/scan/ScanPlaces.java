package org.stockroom.ui.scan;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.location.LocationView;
import org.stockroom.ui.TaskExecutor;

/**
 * Where the Scan page works: the locations it knows, the one scanned (or chosen) and, when moving, the one the stock
 * goes to. A scanned location code sets the first; in Move mode a second, different one sets where to.
 */
final class ScanPlaces {

    private final CatalogueQueries catalogue;
    private final TaskExecutor executor;
    private final Supplier<ScanMode> mode;
    private final ScanFeedback feedback;
    private final ObservableList<LocationView> locations = FXCollections.observableArrayList();
    private final ObjectProperty<LocationView> location = new SimpleObjectProperty<>();
    private final ObjectProperty<LocationView> toLocation = new SimpleObjectProperty<>();

    ScanPlaces(CatalogueQueries catalogue, TaskExecutor executor, Supplier<ScanMode> mode, ScanFeedback feedback) {
        this.catalogue = catalogue;
        this.executor = executor;
        this.mode = mode;
        this.feedback = feedback;
    }

    /** Loads the locations; the first is where work starts when none was chosen yet. */
    void refresh(Consumer<Throwable> failed) {
        executor.run(
                catalogue::locations,
                found -> {
                    locations.setAll(found);
                    if (location.get() == null && !found.isEmpty()) {
                        location.set(found.get(0));
                    }
                },
                failed);
    }

    /** The loaded location with this code, if any. */
    Optional<LocationView> known(String code) {
        return locations.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The location with this code asked of the database (on a worker thread): added since the page loaded. */
    Optional<LocationView> lookUp(String code) {
        return catalogue.locations().stream()
                .filter(l -> l.code().equalsIgnoreCase(code))
                .findFirst();
    }

    /** A location was scanned that the page had not loaded: it is known from now on. */
    void learned(LocationView place) {
        if (!locations.contains(place)) {
            locations.add(place);
        }
        scanned(place);
    }

    void scanned(LocationView place) {
        if (mode.get() == ScanMode.MOVE
                && location.get() != null
                && toLocation.get() == null
                && !location.get().equals(place)) {
            toLocation.set(place);
            feedback.accepted("Moving from " + location.get().code() + " to " + place.code() + ": scan products.");
        } else {
            location.set(place);
            toLocation.set(null);
            feedback.accepted(
                    mode.get() == ScanMode.MOVE
                            ? "Moving from " + place.code() + ": scan where to, then products."
                            : mode.get().title() + " at " + place.code() + ": scan products.");
        }
    }

    /** Whether a list can be posted here: a location, and in Move mode where to. */
    boolean complete() {
        return location.get() != null && (mode.get() != ScanMode.MOVE || toLocation.get() != null);
    }

    /** The location's code, or null when none is chosen. */
    String code() {
        return location.get() == null ? null : location.get().code();
    }

    /** Where to (Move), or null. */
    String toCode() {
        return toLocation.get() == null ? null : toLocation.get().code();
    }

    ObservableList<LocationView> locations() {
        return locations;
    }

    ObjectProperty<LocationView> locationProperty() {
        return location;
    }

    ObjectProperty<LocationView> toLocationProperty() {
        return toLocation;
    }
}
