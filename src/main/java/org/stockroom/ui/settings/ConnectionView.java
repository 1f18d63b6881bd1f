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
    private TextField serverField;

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
        serverChoice.selectedProperty().bindBidirectional(model.useServerProperty());
        localChoice.setSelected(!model.useServerProperty().get());
        serverField.textProperty().bindBidirectional(model.serverProperty());
        passwordFileField.textProperty().bindBidirectional(model.passwordFileProperty());
        serverField.disableProperty().bind(serverChoice.selectedProperty().not());
        passwordFileField.disableProperty().bind(serverChoice.selectedProperty().not());
        connectionMessage.textProperty().bind(model.messageProperty());
        new FieldDecorations(
                model.errors(),
                Map.of(ConnectionViewModel.SERVER, serverField, ConnectionViewModel.PASSWORD_FILE, passwordFileField));
    }

    @FXML
    private void save() {
        model.save();
    }
}
