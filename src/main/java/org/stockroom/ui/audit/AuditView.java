package org.stockroom.ui.audit;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.service.audit.FieldChange;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Formats;

/** Code-behind of Audit.fxml. */
public final class AuditView {

    private final AuditViewModel model;

    @FXML
    private DatePicker fromPicker;

    @FXML
    private DatePicker toPicker;

    @FXML
    private TextField userField;

    @FXML
    private ChoiceBox<String> entityChoice;

    @FXML
    private ChoiceBox<String> fieldChoice;

    @FXML
    private TableView<FieldChange> changeTable;

    @FXML
    private TableColumn<FieldChange, String> whenColumn;

    @FXML
    private TableColumn<FieldChange, String> userColumn;

    @FXML
    private TableColumn<FieldChange, String> workstationColumn;

    @FXML
    private TableColumn<FieldChange, String> entityColumn;

    @FXML
    private TableColumn<FieldChange, String> labelColumn;

    @FXML
    private TableColumn<FieldChange, String> fieldColumn;

    @FXML
    private TableColumn<FieldChange, String> oldColumn;

    @FXML
    private TableColumn<FieldChange, String> newColumn;

    @FXML
    private Label messageLabel;

    public AuditView(AuditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        entityChoice.getItems().setAll(AuditViewModel.entityChoices());
        fieldChoice.getItems().setAll(AuditViewModel.fieldChoices());
        entityChoice.valueProperty().bindBidirectional(model.entityProperty());
        fieldChoice.valueProperty().bindBidirectional(model.fieldProperty());
        changeTable.setItems(model.rows());
        Columns.show(whenColumn, c -> Formats.time(c.occurredAt()));
        Columns.show(userColumn, FieldChange::userName);
        Columns.show(workstationColumn, c -> c.workstation() == null ? "" : c.workstation());
        Columns.show(entityColumn, FieldChange::entity);
        Columns.show(labelColumn, FieldChange::entityLabel);
        Columns.show(fieldColumn, FieldChange::field);
        Columns.showWithTooltip(oldColumn, FieldChange::oldValue);
        Columns.showWithTooltip(newColumn, FieldChange::newValue);
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void exportCsv() {
        model.exportCsv();
    }
}
