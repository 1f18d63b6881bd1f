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
        PreviewTexts texts = model.texts();
        importFactsLabel.textProperty().bind(texts.factsProperty());
        importSummaryLabel.textProperty().bind(texts.summaryProperty());
        importProductsLabel.textProperty().bind(texts.productsProperty());
        importLocationsLabel.textProperty().bind(texts.locationsProperty());
        importUnusedLabel.textProperty().bind(texts.unusedProperty());
        importRejectsTab.textProperty().bind(texts.rejectsTitleProperty());
        importChangesTitle.textProperty().bind(texts.changesTitleProperty());
        importSaveRejectsButton
                .disableProperty()
                .bind(texts.anyRejectedProperty().not());
        importSaveMappingButton
                .disableProperty()
                .bind(texts.hasMappingProperty().not());
        texts.firstOfItsFileProperty().addListener((o, was, first) -> {
            if (first) { // a new file's first check opens the tab that matters; re-checks leave the user's tab
                importTabs
                        .getSelectionModel()
                        .select(texts.anyRejectedProperty().get() ? importRejectsTab : importPreviewTab);
            }
        });
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
