package org.stockroom.ui.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.transfer.ColumnMapping;
import org.stockroom.service.transfer.ImportOptions;
import org.stockroom.service.transfer.ImportReport;
import org.stockroom.service.transfer.MappingFile;
import org.stockroom.service.transfer.ReadOptions;
import org.stockroom.service.transfer.StockMode;

/**
 * What the user chose for one import: the file, its kind, how to read it, which column feeds which field, and what
 * a stock file may create. A change to a choice box or a box to tick calls {@code changed} (the page checks the file
 * again); typing a path or a sheet name does not, until the user presses Check.
 */
public final class ImportSetup {

    static final String NOT_IMPORTED = "(not imported)";

    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final ObjectProperty<Choice<ImportKind>> kind = new SimpleObjectProperty<>(Choice.KINDS.get(0));
    private final ObjectProperty<Choice<StockMode>> stockMode = new SimpleObjectProperty<>(Choice.STOCK_MODES.get(0));
    private final ObjectProperty<Choice<Charset>> encoding = new SimpleObjectProperty<>(Choice.ENCODINGS.get(0));
    private final ObjectProperty<Choice<Character>> separator = new SimpleObjectProperty<>(Choice.SEPARATORS.get(0));
    private final ObjectProperty<Choice<NumberStyle>> numberStyle =
            new SimpleObjectProperty<>(Choice.NUMBER_STYLES.get(0));
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet", "");
    private final StringProperty defaultLocation = new SimpleStringProperty(this, "defaultLocation", "");
    private final BooleanProperty createProducts = new SimpleBooleanProperty(this, "createProducts");
    private final BooleanProperty createLocations = new SimpleBooleanProperty(this, "createLocations");
    private final BooleanProperty goodRowsOnly = new SimpleBooleanProperty(this, "goodRowsOnly");
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private ColumnMapping edited; // the user's changes to the mapping found, for this file and kind
    private Properties loaded; // a saved mapping, kept for the next file of the same shape
    private boolean showing; // while rows are rebuilt from a report, their changes are not the user's

    ImportSetup(Runnable changed) {
        file.addListener((o, was, now) -> edited = null);
        kind.addListener((o, was, now) -> {
            edited = null;
            loaded = null;
            mapping.clear();
            changed.run();
        });
        stockMode.addListener((o, was, now) -> changed.run());
        encoding.addListener((o, was, now) -> changed.run());
        separator.addListener((o, was, now) -> changed.run());
        numberStyle.addListener((o, was, now) -> changed.run());
        createProducts.addListener((o, was, now) -> changed.run());
        createLocations.addListener((o, was, now) -> changed.run());
        defaultLocation.addListener((o, was, now) -> changed.run());
    }

    /** The options for the service; {@code rejectsFile} is written first (with {@code goodRows}: then imported). */
    ImportOptions options(Path rejectsFile, boolean goodRows) {
        String location =
                defaultLocation.get() == null ? "" : defaultLocation.get().strip();
        String sheetName = sheet.get().strip();
        ImportOptions options = ImportOptions.of(kind.get().value())
                .withRead(new ReadOptions(
                        encoding.get().value(), separator.get().value(), sheetName.isEmpty() ? null : sheetName))
                .withNumberStyle(numberStyle.get().value())
                .withSavedMapping(loaded)
                .withMapping(edited)
                .withCreate(createProducts.get(), createLocations.get())
                .withDefaultLocation(location.isEmpty() ? null : location.toUpperCase(Locale.ROOT))
                .withStockMode(stockMode.get().value());
        return goodRows ? options.withGoodRowsOnly(true, rejectsFile) : options.withRejectsFile(rejectsFile);
    }

    /** The chosen file as an absolute path, or null after telling {@code problem} what is wrong with it. */
    Path file(java.util.function.Consumer<String> problem) {
        String text = file.get().strip();
        if (text.isEmpty()) {
            problem.accept("Choose a file first (Choose file..., or type its full path and press Check).");
            return null;
        }
        Path chosen = Path.of(text).toAbsolutePath();
        if (!Files.isRegularFile(chosen)) {
            problem.accept("There is no file " + chosen + ".");
            return null;
        }
        return chosen;
    }

    /** Fills the column editor from what the check found: one row per field of this kind. */
    void showMapping(ImportReport r) {
        ColumnMapping found = r.mapping();
        if (found == null) {
            return;
        }
        showing = true;
        try {
            List<String> labels = columnChoices(r);
            columnChoices.setAll(labels);
            List<MappingRow> rows = new ArrayList<>();
            for (ImportField field : found.kind().fields()) {
                String column = found.column(field).map(c -> labels.get(c + 1)).orElse(NOT_IMPORTED);
                rows.add(new MappingRow(field, found.kind().required().contains(field), column));
            }
            mapping.setAll(rows);
        } finally {
            showing = false;
        }
    }

    /** The user picked a column for a field; true when the mapping changed and the file should be checked again. */
    boolean columnChosen(MappingRow row, ImportReport r) {
        if (showing || r == null || r.mapping() == null) {
            return false;
        }
        int index = columnChoices.indexOf(row.columnProperty().get());
        edited = r.mapping().with(row.field(), index <= 0 ? null : index - 1);
        return true;
    }

    /** "(not imported)" then one label per column: its header, with its position where headers repeat or are empty. */
    static List<String> columnChoices(ImportReport r) {
        List<String> headers = r.mapping().headers();
        List<String> labels = new ArrayList<>();
        labels.add(NOT_IMPORTED);
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip();
            boolean repeated = headers.indexOf(headers.get(i)) != i || headers.lastIndexOf(headers.get(i)) != i;
            labels.add(h.isEmpty() ? "(column " + (i + 1) + ")" : repeated ? h + " (column " + (i + 1) + ")" : h);
        }
        return labels;
    }

    void saveMapping(ColumnMapping m, Path target) {
        try {
            MappingFile.save(m, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    void loadMapping(Path source) {
        Properties p;
        try {
            p = MappingFile.load(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        edited = null;
        loaded = p;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<Choice<ImportKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice<StockMode>> stockModeProperty() {
        return stockMode;
    }

    public ObjectProperty<Choice<Charset>> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Choice<Character>> separatorProperty() {
        return separator;
    }

    public ObjectProperty<Choice<NumberStyle>> numberStyleProperty() {
        return numberStyle;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    public StringProperty defaultLocationProperty() {
        return defaultLocation;
    }

    public BooleanProperty createProductsProperty() {
        return createProducts;
    }

    public BooleanProperty createLocationsProperty() {
        return createLocations;
    }

    public BooleanProperty goodRowsOnlyProperty() {
        return goodRowsOnly;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }
}
