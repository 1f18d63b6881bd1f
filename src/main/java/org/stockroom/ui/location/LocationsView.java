package org.stockroom.ui.location;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.domain.LocationRules;
import org.stockroom.service.LocationSummary;
import org.stockroom.ui.FieldDecorations;

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

    public LocationsView(LocationsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        locationTable.setItems(model.rows());
        column(codeColumn, LocationSummary::code);
        column(nameColumn, LocationSummary::name);
        column(productsColumn, LocationSummary::productsInStock);
        column(unitsColumn, LocationSummary::unitsOnHand);
        locationCodeField.textProperty().bindBidirectional(model.codeProperty());
        locationNameField.textProperty().bindBidirectional(model.nameProperty());
        locationMessage.textProperty().bind(model.messageProperty());
        addLocationButton.disableProperty().bind(model.busyProperty());
        new FieldDecorations(model.errors(), Map.of(LocationRules.CODE, locationCodeField,
                LocationRules.NAME, locationNameField));
    }

    private static <S, T> void column(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void add() {
        model.add();
    }
}
