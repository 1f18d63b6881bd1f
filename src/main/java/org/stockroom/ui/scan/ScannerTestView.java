package org.stockroom.ui.scan;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** Code-behind of ScannerTest.fxml: hands every key of the test field to the model with the time it came. */
public final class ScannerTestView {

    private final ScannerTestViewModel model;

    @FXML
    private javafx.scene.control.CheckBox scanSoundsBox;

    @FXML
    private HBox scannerPage;

    @FXML
    private TextField maxGapField;

    @FXML
    private TextField minLengthField;

    @FXML
    private TextField prefixField;

    @FXML
    private TextField suffixField;

    @FXML
    private TextField gsSubstituteField;

    @FXML
    private TextField repeatGuardField;

    @FXML
    private TextField scannerTestField;

    @FXML
    private Label scannerTestMessage;

    @FXML
    private Label arrivedLabel;

    @FXML
    private Label timingLabel;

    @FXML
    private Label readAsLabel;

    @FXML
    private Label faultsLabel;

    public ScannerTestView(ScannerTestViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        scanSoundsBox.selectedProperty().bindBidirectional(model.soundsOnProperty());
        maxGapField.textProperty().bindBidirectional(model.maxGapProperty());
        minLengthField.textProperty().bindBidirectional(model.minLengthProperty());
        prefixField.textProperty().bindBidirectional(model.prefixProperty());
        suffixField.textProperty().bindBidirectional(model.suffixProperty());
        gsSubstituteField.textProperty().bindBidirectional(model.gsSubstituteProperty());
        repeatGuardField.textProperty().bindBidirectional(model.repeatGuardProperty());
        scannerTestMessage.textProperty().bind(model.messageProperty());
        arrivedLabel.textProperty().bind(model.arrivedProperty());
        timingLabel.textProperty().bind(model.timingProperty());
        readAsLabel.textProperty().bind(model.readAsProperty());
        faultsLabel
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> String.join(
                                "\n\n",
                                model.faults().stream().map(f -> "- " + f).toList()),
                        model.faults()));
        scannerTestField.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && c.charAt(0) != '\r' && c.charAt(0) != '\t' && c.charAt(0) != '\n') {
                model.typed(c.charAt(0), System.nanoTime());
            }
        });
        scannerTestField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                model.terminator(e.getCode() == KeyCode.ENTER ? "Enter" : "Tab", System.nanoTime());
                scannerTestField.clear();
                e.consume(); // a Tab stays here, to test the next scan
            }
        });
        // A burst without Enter or Tab is only over when time passes: look every tenth of a second.
        Timeline idle = new Timeline(new KeyFrame(Duration.millis(100), e -> model.idle(System.nanoTime())));
        idle.setCycleCount(Timeline.INDEFINITE);
        scannerPage.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                idle.play();
                scannerTestField.requestFocus();
            } else {
                idle.stop();
            }
        });
    }

    @FXML
    private void save() {
        model.save();
    }
}
