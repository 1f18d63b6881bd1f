package org.stockroom.ui.settings;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.stockroom.ui.FieldDecorations;

/** Code-behind of Connection.fxml. */
public final class ConnectionView {

    private final ConnectionViewModel model;

    @FXML
    private Label currentLabel;

    @FXML
    private RadioButton localChoice;

    @FXML
    private RadioButton serverChoice;

    @FXML
    private RadioButton postgresChoice;

    @FXML
    private TextField serverField;

    @FXML
    private TextField databaseField;

    @FXML
    private TextField passwordFileField;

    @FXML
    private Label connectionMessage;

    public ConnectionView(ConnectionViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        currentLabel.setText("Open now: " + model.current());
        ToggleGroup choice = new ToggleGroup();
        localChoice.setToggleGroup(choice);
        serverChoice.setToggleGroup(choice);
        postgresChoice.setToggleGroup(choice);
        serverChoice.selectedProperty().bindBidirectional(model.useServerProperty());
        postgresChoice.selectedProperty().bindBidirectional(model.usePostgresProperty());
        localChoice.setSelected(
                !model.useServerProperty().get() && !model.usePostgresProperty().get());
        serverField.textProperty().bindBidirectional(model.serverProperty());
        databaseField.textProperty().bindBidirectional(model.databaseProperty());
        passwordFileField.textProperty().bindBidirectional(model.passwordFileProperty());
        serverField.disableProperty().bind(serverChoice.selectedProperty().not());
        databaseField.disableProperty().bind(postgresChoice.selectedProperty().not());
        passwordFileField.disableProperty().bind(localChoice.selectedProperty());
        connectionMessage.textProperty().bind(model.messageProperty());
        new FieldDecorations(
                model.errors(),
                Map.of(
                        ConnectionViewModel.SERVER,
                        serverField,
                        ConnectionViewModel.DATABASE,
                        databaseField,
                        ConnectionViewModel.PASSWORD_FILE,
                        passwordFileField));
    }

    @FXML
    private void save() {
        model.save();
    }
}
