package org.stockroom.ui.location;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.location.LocationService;
import org.stockroom.service.location.LocationSummary;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/** The locations page: every location with its stock, and a small form to add one. */
public final class LocationsViewModel {

    private final LocationService locations;
    private final TaskExecutor executor;

    private final ObservableList<LocationSummary> rows = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Supplier<Actor> actor;

    private final org.stockroom.ui.DialogService dialogs;

    public LocationsViewModel(
            LocationService locations,
            TaskExecutor executor,
            org.stockroom.ui.DialogService dialogs,
            Supplier<Actor> actor) {
        this.dialogs = dialogs;
        this.locations = locations;
        this.actor = actor;
        this.executor = executor;
        code.addListener(o -> errors.remove(LocationRules.CODE));
        name.addListener(o -> errors.remove(LocationRules.NAME));
    }

    public void refresh() {
        executor.run(
                locations::summaries, rows::setAll, e -> message.set("Could not load locations: " + e.getMessage()));
    }

    public void add() {
        if (busy.get()) {
            return;
        }
        String newCode = LocationRules.normalizeCode(code.get());
        String newName = name.get();
        var found = LocationRules.check(newCode, newName);
        show(found);
        if (!found.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.run(
                () -> locations.create(actor.get(), newCode, newName),
                created -> {
                    busy.set(false);
                    code.set("");
                    name.set("");
                    message.set("Added location " + created.code() + ".");
                    refresh();
                },
                error -> {
                    busy.set(false);
                    if (error instanceof ValidationException invalid) {
                        show(invalid.errors());
                    } else {
                        message.set("Could not add the location: " + error.getMessage());
                    }
                });
    }

    private void show(List<FieldError> found) {
        errors.clear();
        found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
        message.set(FieldError.summary(found));
    }

    /** Every location's label (barcode, code, name) on a PDF sheet to print; asks where to save it. */
    public void printLabels() {
        dialogs.chooseFile("Save the location labels", true, "pdf").ifPresent(this::labelsTo);
    }

    void labelsTo(java.nio.file.Path file) {
        List<org.stockroom.service.location.LocationView> all = rows.stream()
                .map(r -> new org.stockroom.service.location.LocationView(r.id(), r.code(), r.name()))
                .toList();
        executor.run(
                () -> {
                    org.stockroom.service.location.LocationLabels.write(all, file);
                    return all.size();
                },
                n -> message.set(n + " location labels saved to " + file + "."),
                error -> message.set("Could not save the labels to " + file + ": " + FailureText.of(error)));
    }

    public ObservableList<LocationSummary> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableMap<String, String> errors() {
        return FXCollections.unmodifiableObservableMap(errors);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
