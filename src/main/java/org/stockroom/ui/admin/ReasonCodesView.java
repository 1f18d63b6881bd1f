package org.stockroom.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Shown;

/** Code-behind of ReasonCodes.fxml, the reason-code section of the Administration page. */
public final class ReasonCodesView {

    private final ReasonCodesViewModel model;

    @FXML
    private ChoiceBox<ReasonUse> reasonUseChoice;

    @FXML
    private TableView<ReasonCode> reasonCodeTable;

    @FXML
    private TableColumn<ReasonCode, String> reasonCodeColumn;

    @FXML
    private TableColumn<ReasonCode, String> reasonLabelColumn;

    @FXML
    private TextField reasonCodeField;

    @FXML
    private TextField reasonLabelField;

    @FXML
    private Label reasonMessageLabel;

    public ReasonCodesView(ReasonCodesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        reasonUseChoice.getItems().setAll(ReasonUse.values());
        reasonUseChoice.setConverter(Shown.as(use -> "For " + ReasonCodesViewModel.words(use), ""));
        reasonUseChoice.valueProperty().bindBidirectional(model.useProperty());
        reasonCodeTable.setItems(model.rows());
        Columns.show(reasonCodeColumn, ReasonCode::code);
        Columns.show(reasonLabelColumn, ReasonCode::label);
        reasonCodeTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> model.selectedProperty().set(now));
        reasonCodeField.textProperty().bindBidirectional(model.codeProperty());
        reasonLabelField.textProperty().bindBidirectional(model.labelProperty());
        reasonMessageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void saveReasonCode() {
        model.save();
    }

    @FXML
    private void disableReasonCode() {
        model.disable();
    }
}
