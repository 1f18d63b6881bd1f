package org.stockroom.ui.movements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.ledger.JournalRow;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The Movements page: every movement, newest first, {@link MovementJournal#PAGE} at a time ("Load more" fetches
 * the next page after the last row shown), filtered by dates (local days, inclusive), SKU, location, type, reason
 * and user; the CSV holds every matching movement.
 */
public final class MovementsViewModel {

    private final MovementJournal journal;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<MovementType> type = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObservableList<JournalRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private MovementFilter shown = MovementFilter.everything();

    public MovementsViewModel(MovementJournal journal, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
        this.journal = journal;
        this.executor = executor;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    /** The first page for the filters as they are now. */
    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set("The 'to' date is before the 'from' date.");
            return;
        }
        MovementFilter filter = filter();
        message.set("Searching...");
        executor.run(
                () -> journal.page(filter, null, MovementJournal.PAGE),
                page -> {
                    shown = filter;
                    rows.setAll(page);
                    more.set(page.size() == MovementJournal.PAGE);
                    message.set(describe());
                },
                error -> message.set(FailureText.of(error)));
    }

    /** The next page after the last row shown, for the same filters. */
    public void loadMore() {
        if (rows.isEmpty() || !more.get()) {
            return;
        }
        long last = rows.get(rows.size() - 1).id();
        MovementFilter filter = shown;
        executor.run(
                () -> journal.page(filter, last, MovementJournal.PAGE),
                page -> {
                    rows.addAll(page);
                    more.set(page.size() == MovementJournal.PAGE);
                    message.set(describe());
                },
                error -> message.set(FailureText.of(error)));
    }

    private String describe() {
        return rows.size() + " movement(s)" + (more.get() ? " shown, newest first; Load more for older ones." : ".");
    }

    MovementFilter filter() {
        return new MovementFilter(
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null
                        ? null
                        : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                sku.get(),
                location.get(),
                type.get(),
                reason.get(),
                user.get());
    }

    public void exportCsv() {
        dialogs.chooseFile("Export movements", true, "csv,xlsx").ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        MovementFilter filter = filter();
        message.set("Exporting...");
        executor.run(
                () -> MovementCsv.write(journal, filter, file),
                count -> message.set("Exported " + count + " movement(s) to " + file + "."),
                error -> message.set("Could not export to " + file + ": " + FailureText.of(error)));
    }

    public static List<MovementType> typeChoices() {
        return List.of(MovementType.values());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<MovementType> typeProperty() {
        return type;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObservableList<JournalRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
