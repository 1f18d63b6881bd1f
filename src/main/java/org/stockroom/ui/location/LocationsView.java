package org.stockroom.ui.location;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.service.location.LocationSummary;
import org.stockroom.ui.FieldDecorations;
import org.stockroom.ui.access.PermissionGate;
import org.stockroom.ui.control.Columns;

/** Code-behind of Locations.fxml. */
public final class LocationsView {

    private final LocationsViewModel model;

    @FXML
    private TableView<LocationSummary> locationTable;

    @FXML
    private TableColumn<LocationSummary, String> codeColumn;

    @FXML
    private TableColumn<LocationSummary, String> nameColumn;

    @FXML
    private TableColumn<LocationSummary, Long> productsColumn;

    @FXML
    private TableColumn<LocationSummary, Long> unitsColumn;

    @FXML
    private TextField locationCodeField;

    @FXML
    private TextField locationNameField;

    @FXML
    private Button addLocationButton;

    @FXML
    private Label locationMessage;

    private final PermissionGate gate;

    @FXML
    private Node addLocationHolder;

    public LocationsView(LocationsViewModel model, PermissionGate gate) {
        this.model = model;
        this.gate = gate;
    }

    @FXML
    private void initialize() {
        locationTable.setItems(model.rows());
        Columns.show(codeColumn, LocationSummary::code);
        Columns.show(nameColumn, LocationSummary::name);
        Columns.show(productsColumn, LocationSummary::productsInStock);
        Columns.show(unitsColumn, LocationSummary::unitsOnHand);
        locationCodeField.textProperty().bindBidirectional(model.codeProperty());
        locationNameField.textProperty().bindBidirectional(model.nameProperty());
        locationMessage.textProperty().bind(model.messageProperty());
        gate.guard(addLocationButton, addLocationHolder, Permission.EDIT_LOCATION, model.busyProperty());
        new FieldDecorations(
                model.errors(), Map.of(LocationRules.CODE, locationCodeField, LocationRules.NAME, locationNameField));
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void printLabels() {
        model.printLabels();
    }
}
