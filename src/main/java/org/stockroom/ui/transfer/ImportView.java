package org.stockroom.ui.transfer;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.stockroom.service.transfer.FieldChange;
import org.stockroom.service.transfer.ImportReport;
import org.stockroom.service.transfer.Reject;

/** Code-behind of Import.fxml. */
public final class ImportView {

    private final ImportViewModel model;

    @FXML
    private Label importMessage;

    @FXML
    private TextField importFileField;

    @FXML
    private Button importCheckButton;

    @FXML
    private Button importChooseButton;

    @FXML
    private ChoiceBox<Choice<org.stockroom.domain.transfer.ImportKind>> importKindBox;

    @FXML
    private Label importModeLabel;

    @FXML
    private ChoiceBox<Choice<org.stockroom.service.transfer.StockMode>> importModeBox;

    @FXML
    private Label importDefaultLocationLabel;

    @FXML
    private ComboBox<String> importDefaultLocationBox;

    @FXML
    private ChoiceBox<Choice<java.nio.charset.Charset>> importEncodingBox;

    @FXML
    private ChoiceBox<Choice<Character>> importSeparatorBox;

    @FXML
    private ChoiceBox<Choice<org.stockroom.domain.transfer.NumberStyle>> importNumberBox;

    @FXML
    private TextField importSheetField;

    @FXML
    private TabPane importTabs;

    @FXML
    private Tab importPreviewTab;

    @FXML
    private Tab importRejectsTab;

    @FXML
    private Label importFactsLabel;

    @FXML
    private Label importSummaryLabel;

    @FXML
    private Pane importCreateBox;

    @FXML
    private CheckBox importCreateProductsBox;

    @FXML
    private CheckBox importCreateLocationsBox;

    @FXML
    private Label importProductsLabel;

    @FXML
    private Label importLocationsLabel;

    @FXML
    private Label importChangesTitle;

    @FXML
    private TableView<FieldChange> importChangeTable;

    @FXML
    private TableColumn<FieldChange, String> importChangeRowColumn;

    @FXML
    private TableColumn<FieldChange, String> importChangeRecordColumn;

    @FXML
    private TableColumn<FieldChange, String> importChangeFieldColumn;

    @FXML
    private TableColumn<FieldChange, String> importChangeBeforeColumn;

    @FXML
    private TableColumn<FieldChange, String> importChangeAfterColumn;

    @FXML
    private Button importSaveRejectsButton;

    @FXML
    private TableView<Reject> importRejectTable;

    @FXML
    private TableColumn<Reject, String> importRejectRowColumn;

    @FXML
    private TableColumn<Reject, String> importRejectColumnColumn;

    @FXML
    private TableColumn<Reject, String> importRejectValueColumn;

    @FXML
    private TableColumn<Reject, String> importRejectWhyColumn;

    @FXML
    private Button importSaveMappingButton;

    @FXML
    private TableView<MappingRow> importMappingTable;

    @FXML
    private TableColumn<MappingRow, String> importFieldColumn;

    @FXML
    private TableColumn<MappingRow, MappingRow> importSourceColumn;

    @FXML
    private Label importUnusedLabel;

    @FXML
    private CheckBox importGoodRowsBox;

    @FXML
    private Button importButton;

    private String tabChosenFor; // the file and kind whose first check chose the tab

    public ImportView(ImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ImportSetup setup = model.setup();
        importMessage.textProperty().bind(model.messageProperty());
        importFileField.textProperty().bindBidirectional(setup.fileProperty());
        choices(importKindBox, Choice.KINDS, setup.kindProperty());
        choices(importModeBox, Choice.STOCK_MODES, setup.stockModeProperty());
        choices(importEncodingBox, Choice.ENCODINGS, setup.encodingProperty());
        choices(importSeparatorBox, Choice.SEPARATORS, setup.separatorProperty());
        choices(importNumberBox, Choice.NUMBER_STYLES, setup.numberStyleProperty());
        importSheetField.textProperty().bindBidirectional(setup.sheetProperty());
        importDefaultLocationBox.setItems(model.locationCodes());
        importDefaultLocationBox.valueProperty().bindBidirectional(setup.defaultLocationProperty());
        importCreateProductsBox.selectedProperty().bindBidirectional(setup.createProductsProperty());
        importCreateLocationsBox.selectedProperty().bindBidirectional(setup.createLocationsProperty());
        importGoodRowsBox.selectedProperty().bindBidirectional(setup.goodRowsOnlyProperty());
        stockOnly(
                importModeLabel, importModeBox, importDefaultLocationLabel, importDefaultLocationBox, importCreateBox);
        setup.kindProperty()
                .addListener((o, was, now) -> stockOnly(
                        importModeLabel,
                        importModeBox,
                        importDefaultLocationLabel,
                        importDefaultLocationBox,
                        importCreateBox));
        bindTables();
        model.reportProperty().addListener((o, was, now) -> showReport(now));
        showReport(null);
        for (Label label :
                new Label[] {importFactsLabel, importProductsLabel, importLocationsLabel, importUnusedLabel}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
        importButton.disableProperty().bind(model.canImportProperty().not());
        importCheckButton.disableProperty().bind(model.busyProperty());
        importChooseButton.disableProperty().bind(model.busyProperty());
    }

    private void bindTables() {
        importChangeTable.setItems(model.changes());
        text(importChangeRowColumn, c -> Long.toString(c.row()));
        text(importChangeRecordColumn, FieldChange::record);
        text(importChangeFieldColumn, FieldChange::field);
        text(importChangeBeforeColumn, FieldChange::before);
        text(importChangeAfterColumn, FieldChange::after);
        importRejectTable.setItems(model.rejects());
        text(importRejectRowColumn, r -> Long.toString(r.row()));
        text(importRejectColumnColumn, Reject::column);
        text(importRejectValueColumn, Reject::value);
        text(importRejectWhyColumn, Reject::message);
        importRejectValueColumn.setCellFactory(column -> new WholeTextCell<>());
        importRejectWhyColumn.setCellFactory(column -> new WholeTextCell<>());
        importMappingTable.setItems(model.setup().mapping());
        text(importFieldColumn, MappingRow::fieldLabel);
        importSourceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        importSourceColumn.setCellFactory(
                column -> new ColumnChoiceCell(model.setup().columnChoices(), model::columnChosen));
    }

    /** A new file's first check opens the tab that matters; a re-check after a change leaves the user's tab. */
    private void showReport(ImportReport r) {
        importFactsLabel.setText(ImportTexts.facts(r));
        importSummaryLabel.setText(
                r == null ? "Check a file to see what importing it would do." : ImportTexts.summary(r));
        importProductsLabel.setText(ImportTexts.products(r));
        importLocationsLabel.setText(ImportTexts.locations(r));
        importUnusedLabel.setText(ImportTexts.unused(r));
        importChangesTitle.setText(
                r != null && r.written()
                        ? "Changes made, field by field"
                        : "Changes to what is stored, field by field");
        long rejected = r == null ? 0 : r.rowsRejected();
        importRejectsTab.setText(rejected == 0 ? "Rejected rows" : String.format("Rejected rows (%,d)", rejected));
        importSaveRejectsButton.setDisable(rejected == 0);
        importSaveMappingButton.setDisable(r == null || r.mapping() == null);
        String shownFor = r == null ? null : r.fileName() + " as " + r.kind();
        if (r != null && !r.written() && !shownFor.equals(tabChosenFor)) {
            tabChosenFor = shownFor;
            importTabs.getSelectionModel().select(rejected > 0 ? importRejectsTab : importPreviewTab);
        }
    }

    private void stockOnly(javafx.scene.Node... nodes) {
        boolean stock = model.isStock();
        for (javafx.scene.Node n : nodes) {
            n.setVisible(stock);
            n.setManaged(stock);
        }
    }

    private static <T> void choices(
            ChoiceBox<Choice<T>> box, java.util.List<Choice<T>> all, javafx.beans.property.Property<Choice<T>> value) {
        box.setItems(FXCollections.observableArrayList(all));
        box.valueProperty().bindBidirectional(value);
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
    }

    @FXML
    private void chooseFile() {
        model.chooseFile();
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void importNow() {
        model.importNow();
    }

    @FXML
    private void saveRejects() {
        model.saveRejects();
    }

    @FXML
    private void saveMapping() {
        model.saveMapping();
    }

    @FXML
    private void loadMapping() {
        model.loadMapping();
    }

    @FXML
    private void saveTemplate() {
        model.saveTemplate();
    }
}
