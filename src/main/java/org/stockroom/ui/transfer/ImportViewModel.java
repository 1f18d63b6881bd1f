package org.stockroom.ui.transfer;

import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Actor;
import org.stockroom.service.location.LocationService;
import org.stockroom.service.location.LocationSummary;
import org.stockroom.service.transfer.FieldChange;
import org.stockroom.service.transfer.ImportCancelled;
import org.stockroom.service.transfer.ImportReport;
import org.stockroom.service.transfer.ImportService;
import org.stockroom.service.transfer.ImportTemplate;
import org.stockroom.service.transfer.Reject;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.TaskHandle;

/**
 * The Import page's state. A file is always checked first (a dry run that writes nothing), and the preview shows
 * the mapping, what would be new or changed, and every reject; Import is possible only when that preview is clean
 * (or the user chose "the good rows only", which writes the rejects file first), and then writes every row or
 * none. The user's choices (columns, format, create permissions) live in {@link ImportSetup}.
 */
public final class ImportViewModel {

    public static final String NOT_IMPORTED = ImportSetup.NOT_IMPORTED;

    private final ImportService imports;
    private final LocationService locations;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final LongSupplier nanoTime;
    private final Runnable afterImport;
    private final ImportSetup setup = new ImportSetup(this::optionChanged);
    private final ObservableList<String> locationCodes = FXCollections.observableArrayList();
    private final ObservableList<Reject> rejects = FXCollections.observableArrayList();
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>(this, "report");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", ImportTexts.START);
    private final BooleanBinding canImport;
    private final PreviewTexts texts = new PreviewTexts();

    public ImportViewModel(
            ImportService imports,
            LocationService locations,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            LongSupplier nanoTime,
            Runnable afterImport) {
        this.imports = imports;
        this.locations = locations;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.nanoTime = nanoTime;
        this.afterImport = afterImport;
        canImport = Bindings.createBooleanBinding(
                () -> {
                    ImportReport r = report.get();
                    return !busy.get()
                            && r != null
                            && !r.written()
                            && r.alreadyImported() == null
                            && (r.clean() || (setup.goodRowsOnlyProperty().get() && r.mapping() != null));
                },
                report,
                busy,
                setup.goodRowsOnlyProperty());
        setup.fileProperty().addListener((o, was, now) -> forgetPreview());
        report.addListener((o, was, now) -> texts.show(now));
    }

    /** The page is shown: the locations a stock file's rows without one may go to. */
    public void refresh() {
        executor.run(
                () -> locations.summaries().stream().map(LocationSummary::code).toList(),
                locationCodes::setAll,
                error -> message.set(FailureText.of(error)));
    }

    public void chooseFile() {
        dialogs.chooseFile("Choose a file to import", false, "csv,xlsx,txt,tsv").ifPresent(file -> {
            setup.fileProperty().set(file.toString());
            check();
        });
    }

    /** The dry run: reads the whole file, writes nothing, shows what importing would do. */
    public void check() {
        Path file = file();
        if (file == null) {
            return;
        }
        run("Checking " + file.getFileName(), false, file, null, done -> {
            show(done);
            message.set(
                    ImportTexts.afterPreview(done, setup.goodRowsOnlyProperty().get()));
        });
    }

    /** Asks once, then imports: every row or none (or the good rows, with the rejects written first). */
    public void importNow() {
        ImportReport previewed = report.get();
        Path file = file();
        if (!canImport.get() || file == null) {
            return;
        }
        Path rejectsFile = null;
        if (setup.goodRowsOnlyProperty().get() && !previewed.clean()) {
            rejectsFile = dialogs.chooseFile("Save the rejected rows first", true, "csv")
                    .orElse(null);
            if (rejectsFile == null) {
                return;
            }
        }
        if (!dialogs.confirm("Import " + file.getFileName(), ImportTexts.confirmation(previewed), "Import")) {
            return;
        }
        run("Importing " + file.getFileName(), true, file, rejectsFile, done -> {
            show(done);
            message.set(ImportTexts.afterImport(done));
            afterImport.run();
        });
    }

    /** Writes the rejected rows, each with why, to a CSV that can be fixed and imported as it is. */
    public void saveRejects() {
        Path file = file();
        if (file == null || report.get() == null || report.get().rejectCount() == 0) {
            return;
        }
        dialogs.chooseFile("Save the rejected rows", true, "csv")
                .ifPresent(target -> run("Writing the rejects", false, file, target, done -> {
                    show(done);
                    message.set(String.format(
                            "%,d rejected rows written to %s, each with why in its last column; fix them there"
                                    + " and import that file.",
                            done.rowsRejected(), target));
                }));
    }

    public void saveMapping() {
        ImportReport r = report.get();
        if (r == null || r.mapping() == null) {
            return;
        }
        dialogs.chooseFile("Save the column mapping", true, "properties").ifPresent(target -> {
            setup.saveMapping(r.mapping(), target);
            message.set("Mapping saved to " + target + "; Load mapping uses it for the next file of this shape.");
        });
    }

    public void loadMapping() {
        dialogs.chooseFile("Load a column mapping", false, "properties").ifPresent(source -> {
            setup.loadMapping(source);
            check();
        });
    }

    public void saveTemplate() {
        ImportKind kind = setup.kindProperty().get().value();
        dialogs.chooseFile("Save an empty " + kind.word() + " file to fill in", true, "csv")
                .ifPresent(target -> {
                    try {
                        ImportTemplate.write(kind, target);
                        message.set("Template written to " + target + ": fill it in (Excel opens it), then import it.");
                    } catch (RuntimeException e) {
                        message.set(FailureText.of(e));
                    }
                });
    }

    /** The user picked another column for a field in the column editor. */
    public void columnChosen(MappingRow row) {
        if (setup.columnChosen(row, report.get())) {
            check();
        }
    }

    private void optionChanged() {
        forgetPreview();
        if (!busy.get() && !setup.fileProperty().get().isBlank() && file() != null) {
            check();
        }
    }

    private void run(
            String title, boolean commit, Path file, Path rejectsFile, java.util.function.Consumer<ImportReport> then) {
        busy.set(true);
        Actor by = actor.get();
        var options = setup.options(rejectsFile, commit && rejectsFile != null);
        TaskHandle handle = executor.runWithProgress(
                progress -> {
                    ImportPace pace = new ImportPace(nanoTime);
                    String doing = commit ? "Imported" : "Checked";
                    org.stockroom.service.transfer.ImportProgress rows = (done, fraction) -> progress.report(
                            fraction < 0 ? 0 : Math.round(fraction * 1000),
                            fraction < 0 ? 0 : 1000,
                            pace.line(doing, done, fraction));
                    return commit
                            ? imports.commit(by, file, options, rows, progress::cancelRequested)
                            : imports.preview(by, file, options, rows, progress::cancelRequested);
                },
                done -> {
                    busy.set(false);
                    then.accept(done);
                },
                error -> {
                    busy.set(false);
                    if (!commit) {
                        forgetPreview();
                    }
                    message.set(
                            error instanceof ImportCancelled
                                    ? (commit ? "Cancelled: nothing was imported." : "Check cancelled.")
                                    : (commit ? "Nothing was imported. " : "") + FailureText.of(error));
                });
        dialogs.showProgress(title, handle);
    }

    private void show(ImportReport r) {
        report.set(r);
        setup.showMapping(r);
        rejects.setAll(r.rejects().stream()
                .sorted(java.util.Comparator.comparingLong(Reject::row))
                .toList());
        changes.setAll(r.changes());
    }

    private void forgetPreview() {
        report.set(null);
        rejects.clear();
        changes.clear();
    }

    private Path file() {
        return setup.file(message::set);
    }

    public PreviewTexts texts() {
        return texts;
    }

    public ImportSetup setup() {
        return setup;
    }

    public ObservableList<String> locationCodes() {
        return locationCodes;
    }

    public ObservableList<Reject> rejects() {
        return rejects;
    }

    public ObservableList<FieldChange> changes() {
        return changes;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Whether the choices that only a stock file has (mode, default location, create boxes) apply. */
    public boolean isStock() {
        return setup.kindProperty().get().value() == ImportKind.STOCK;
    }
}
