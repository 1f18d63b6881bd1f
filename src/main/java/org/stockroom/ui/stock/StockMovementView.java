package org.stockroom.ui.stock;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.stock.StockCommandRules;
import org.stockroom.ui.DialogView;
import org.stockroom.ui.FieldDecorations;
import org.stockroom.ui.control.FormWindow;

/** Code-behind of StockMovement.fxml. */
public final class StockMovementView implements DialogView<Void> {

    private final StockMovementViewModel model;

    @FXML
    private ComboBox<StockOperation> operationBox;

    @FXML
    private ComboBox<LocationView> locationBox;

    @FXML
    private Label toLocationLabel;

    @FXML
    private ComboBox<LocationView> toLocationBox;

    @FXML
    private Label levelLabel;

    @FXML
    private Label quantityLabel;

    @FXML
    private TextField quantityField;

    @FXML
    private TextField reasonField;

    @FXML
    private org.controlsfx.control.SearchableComboBox<org.stockroom.service.reason.ReasonCode> adjustReasonBox;

    @FXML
    private TextArea noteArea;

    @FXML
    private Label reasonLabel;

    @FXML
    private Label expiresLabel;

    @FXML
    private TextField expiresField;

    @FXML
    private Label messageLabel;

    @FXML
    private Button saveButton;

    public StockMovementView(StockMovementViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return model.title();
    }

    @FXML
    private void initialize() {
        operationBox.getItems().setAll(StockOperation.values());
        operationBox.setCellFactory(list -> new OperationCell(model::refusalOf, true));
        operationBox.setButtonCell(new OperationCell(model::refusalOf, false));
        operationBox.valueProperty().bindBidirectional(model.operationProperty());
        locationBox.setItems(model.locations());
        locationBox.valueProperty().bindBidirectional(model.locationProperty());
        toLocationBox.setItems(model.locations());
        toLocationBox.valueProperty().bindBidirectional(model.toLocationProperty());
        var transfer = model.operationProperty().isEqualTo(StockOperation.TRANSFER);
        showOnlyWhen(transfer, toLocationLabel, toLocationBox);
        quantityLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.operationProperty().get().quantityLabel(), model.operationProperty()));
        levelLabel.textProperty().bind(model.levelSummaryBinding());
        var reserve = model.operationProperty().isEqualTo(StockOperation.RESERVE);
        showOnlyWhen(reserve, expiresLabel, expiresField);
        var adjust = model.operationProperty().isEqualTo(StockOperation.ADJUST);
        reasonLabel
                .textProperty()
                .bind(Bindings.when(reserve)
                        .then("Order / reference")
                        .otherwise(Bindings.when(adjust).then("Reason").otherwise("Reference")));
        showOnlyWhen(adjust.not(), reasonField);
        showOnlyWhen(adjust, adjustReasonBox);
        adjustReasonBox.setItems(model.adjustReasons());
        adjustReasonBox.valueProperty().bindBidirectional(model.adjustReasonProperty());
        adjustReasonBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.stockroom.service.reason.ReasonCode reason) {
                return reason == null ? "" : reason.label() + " (" + reason.code() + ")";
            }

            @Override
            public org.stockroom.service.reason.ReasonCode fromString(String text) {
                return model.adjustReasons().stream()
                        .filter(r -> toString(r).equalsIgnoreCase(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        new FieldDecorations(model.errors(), Map.of(StockCommandRules.REASON, adjustReasonBox));
        expiresField.textProperty().bindBidirectional(model.expiresProperty());
        quantityField.textProperty().bindBidirectional(model.quantityProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        FormWindow.bind(
                messageLabel, saveButton, model.messageProperty(), model.busyProperty(), model.closedProperty());
        new FieldDecorations(
                model.errors(),
                Map.of(
                        StockCommandRules.QUANTITY,
                        quantityField,
                        StockCommandRules.LOCATION,
                        locationBox,
                        StockCommandRules.TO_LOCATION,
                        toLocationBox,
                        StockCommandRules.REASON,
                        reasonField,
                        StockCommandRules.NOTE,
                        noteArea,
                        "expires",
                        expiresField));
    }

    /** Hidden rows take no space, so the dialog does not show gaps. */
    private static void showOnlyWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
