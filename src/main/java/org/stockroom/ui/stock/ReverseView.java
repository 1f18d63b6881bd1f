package org.stockroom.ui.stock;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.ui.DialogView;
import org.stockroom.ui.control.FormWindow;
import org.stockroom.ui.control.Shown;

/** Code-behind of Reverse.fxml. */
public final class ReverseView implements DialogView<Void> {

    private final ReverseViewModel model;

    @FXML
    private Label questionLabel;

    @FXML
    private ChoiceBox<ReasonCode> reasonChoice;

    @FXML
    private TextField noteField;

    @FXML
    private Label messageLabel;

    @FXML
    private Button reverseButton;

    public ReverseView(ReverseViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return model.title();
    }

    @FXML
    private void initialize() {
        questionLabel.setText(model.question());
        reasonChoice.setItems(model.reasons());
        reasonChoice.valueProperty().bindBidirectional(model.reasonProperty());
        reasonChoice.setConverter(Shown.as(ReasonCode::label, ""));
        noteField.textProperty().bindBidirectional(model.noteProperty());
        FormWindow.bind(
                messageLabel, reverseButton, model.messageProperty(), model.busyProperty(), model.closedProperty());
    }

    @FXML
    private void reverse() {
        model.reverse();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
