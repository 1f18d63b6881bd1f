package org.stockroom.ui.movements;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.ledger.JournalRow;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Formats;
import org.stockroom.ui.control.Shown;

/** Code-behind of Movements.fxml. */
public final class MovementsView {

    private final MovementsViewModel model;

    @FXML
    private DatePicker fromPicker;

    @FXML
    private DatePicker toPicker;

    @FXML
    private TextField skuField;

    @FXML
    private TextField locationField;

    @FXML
    private ComboBox<MovementType> typeBox;

    @FXML
    private TextField reasonField;

    @FXML
    private TextField userField;

    @FXML
    private TableView<JournalRow> movementTable;

    @FXML
    private TableColumn<JournalRow, String> whenColumn;

    @FXML
    private TableColumn<JournalRow, String> typeColumn;

    @FXML
    private TableColumn<JournalRow, String> skuColumn;

    @FXML
    private TableColumn<JournalRow, String> productColumn;

    @FXML
    private TableColumn<JournalRow, String> locationColumn;

    @FXML
    private TableColumn<JournalRow, Long> quantityColumn;

    @FXML
    private TableColumn<JournalRow, Long> afterColumn;

    @FXML
    private TableColumn<JournalRow, String> reasonColumn;

    @FXML
    private TableColumn<JournalRow, String> userColumn;

    @FXML
    private TableColumn<JournalRow, String> workstationColumn;

    @FXML
    private TableColumn<JournalRow, String> noteColumn;

    @FXML
    private Button moreButton;

    @FXML
    private Label messageLabel;

    public MovementsView(MovementsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        skuField.textProperty().bindBidirectional(model.skuProperty());
        locationField.textProperty().bindBidirectional(model.locationProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        typeBox.getItems().add(null);
        typeBox.getItems().addAll(MovementsViewModel.typeChoices());
        typeBox.setConverter(Shown.as(MovementType::label, "Any type"));
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        movementTable.setItems(model.rows());
        Columns.show(whenColumn, m -> Formats.time(m.occurredAt()));
        Columns.show(typeColumn, m -> m.type().label());
        Columns.show(skuColumn, JournalRow::sku);
        Columns.showWithTooltip(productColumn, JournalRow::productName);
        Columns.show(locationColumn, JournalRow::locationCode);
        Columns.show(quantityColumn, JournalRow::quantity);
        Columns.show(afterColumn, JournalRow::onHandAfter);
        Columns.showWithTooltip(reasonColumn, JournalRow::reason);
        Columns.show(userColumn, JournalRow::userName);
        Columns.show(workstationColumn, JournalRow::workstation);
        Columns.showWithTooltip(noteColumn, JournalRow::note);
        moreButton.disableProperty().bind(model.moreProperty().not());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void loadMore() {
        model.loadMore();
    }

    @FXML
    private void exportCsv() {
        model.exportCsv();
    }
}
