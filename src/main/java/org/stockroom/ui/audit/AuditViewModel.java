package org.stockroom.ui.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.audit.AuditFilter;
import org.stockroom.service.audit.AuditTrail;
import org.stockroom.service.audit.FieldChange;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The Audit page (Supervisor and up): changes filtered by dates (local days, both inclusive), user, entity kind
 * and field; newest first, at most {@link AuditFilter#DEFAULT_LIMIT}; exported as CSV exactly as listed.
 */
public final class AuditViewModel {

    public static final String ALL = "All";

    private final AuditTrail trail;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty(ALL);
    private final StringProperty field = new SimpleStringProperty(ALL);
    private final ObservableList<FieldChange> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AuditViewModel(
            AuditTrail trail, TaskExecutor executor, DialogService dialogs, Supplier<Actor> actor, ZoneId zone) {
        this.trail = trail;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.zone = zone;
    }

    public static List<String> entityChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL), AuditTrail.entityTitles().stream())
                .toList();
    }

    public static List<String> fieldChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL), AuditTrail.fieldTitles().stream())
                .toList();
    }

    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set("The 'to' date is before the 'from' date.");
            return;
        }
        AuditFilter filter = filter();
        message.set("Searching...");
        executor.run(
                () -> trail.changes(actor.get(), filter),
                found -> {
                    rows.setAll(found);
                    message.set(
                            found.size() >= filter.limit()
                                    ? "The newest " + found.size() + " changes; narrow the filters to see older ones."
                                    : found.size() + " change(s).");
                },
                error -> {
                    rows.clear();
                    message.set(FailureText.of(error));
                });
    }

    AuditFilter filter() {
        AuditFilter all = AuditFilter.everything();
        Instant start =
                from.get() == null ? all.from() : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null
                ? all.to()
                : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(
                start, end, user.get(), chosen(entity.get()), chosen(field.get()), AuditFilter.DEFAULT_LIMIT);
    }

    private static String chosen(String value) {
        return value == null || value.equals(ALL) ? "" : value;
    }

    public void exportCsv() {
        if (rows.isEmpty()) {
            message.set("Nothing to export: search first.");
            return;
        }
        dialogs.chooseFile("Export the audit trail", true, "csv").ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        List<FieldChange> listed = List.copyOf(rows);
        executor.run(
                () -> {
                    AuditCsv.write(listed, file);
                    return listed.size();
                },
                count -> message.set("Exported " + count + " change(s) to " + file + "."),
                error -> message.set("Could not export to " + file + ": " + FailureText.of(error)));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public ObservableList<FieldChange> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
