package org.stockroom.ui.product;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.ui.DialogView;
import org.stockroom.ui.FieldDecorations;
import org.stockroom.ui.control.FormWindow;

/** Code-behind of ProductForm.fxml: binds the fields to the view model and closes when it says so. */
public final class ProductFormView implements DialogView<Void> {

    private final ProductFormViewModel model;

    @FXML
    private TextField skuField;

    @FXML
    private TextField nameField;

    @FXML
    private TextField categoryField;

    @FXML
    private TextField unitField;

    @FXML
    private TextField barcodeField;

    @FXML
    private TextField reorderPointField;

    @FXML
    private TextField unitCostField;

    @FXML
    private CheckBox archivedCheck;

    @FXML
    private Label messageLabel;

    @FXML
    private Button saveButton;

    public ProductFormView(ProductFormViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return model.title();
    }

    @FXML
    private void initialize() {
        skuField.textProperty().bindBidirectional(model.skuProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        categoryField.textProperty().bindBidirectional(model.categoryProperty());
        unitField.textProperty().bindBidirectional(model.unitProperty());
        barcodeField.textProperty().bindBidirectional(model.barcodeProperty());
        reorderPointField.textProperty().bindBidirectional(model.reorderPointProperty());
        unitCostField.textProperty().bindBidirectional(model.unitCostProperty());
        archivedCheck.selectedProperty().bindBidirectional(model.archivedProperty());
        archivedCheck.setVisible(!model.isNew());
        FormWindow.bind(
                messageLabel, saveButton, model.messageProperty(), model.busyProperty(), model.closedProperty());
        new FieldDecorations(
                model.errors(),
                Map.of(
                        ProductRules.SKU, skuField,
                        ProductRules.NAME, nameField,
                        ProductRules.CATEGORY, categoryField,
                        ProductRules.UNIT, unitField,
                        ProductRules.BARCODE, barcodeField,
                        ProductRules.REORDER_POINT, reorderPointField,
                        ProductRules.UNIT_COST, unitCostField));
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
