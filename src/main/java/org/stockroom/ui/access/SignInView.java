package org.stockroom.ui.access;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stockroom.ui.access.SignInViewModel.Mode;

/** Code-behind of SignIn.fxml. */
public final class SignInView {

    private final SignInViewModel model;
    private final String workstation;
    private final Runnable quit;

    @FXML
    private Label titleLabel;

    @FXML
    private Label introLabel;

    @FXML
    private TextField signInNameField;

    @FXML
    private Label secretLabel;

    @FXML
    private PasswordField secretField;

    @FXML
    private Label confirmationLabel;

    @FXML
    private PasswordField confirmationField;

    @FXML
    private Label signInMessageLabel;

    @FXML
    private Button submitButton;

    @FXML
    private Button withoutUsersButton;

    @FXML
    private Label workstationLabel;

    public SignInView(SignInViewModel model, String workstation, Runnable quit) {
        this.model = model;
        this.workstation = workstation;
        this.quit = quit;
    }

    @FXML
    private void initialize() {
        signInNameField.textProperty().bindBidirectional(model.nameProperty());
        secretField.textProperty().bindBidirectional(model.secretProperty());
        confirmationField.textProperty().bindBidirectional(model.confirmationProperty());
        signInMessageLabel.textProperty().bind(model.messageProperty());
        submitButton.disableProperty().bind(model.busyProperty());
        workstationLabel.setText("Workstation: " + workstation);
        // Enter in the name field is the end of a badge scan (or of a typed name: then the password is next).
        signInNameField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.nameEntered();
            }
        });
        model.askSecretProperty().addListener((o, was, now) -> {
            if (now) {
                secretField.requestFocus();
            }
        });
        model.modeProperty().addListener((o, was, now) -> show(now));
        show(model.modeProperty().get());
    }

    private void show(Mode mode) {
        boolean first = mode == Mode.FIRST_ADMINISTRATOR;
        titleLabel.setText(first ? "Create the administrator" : "Sign in");
        introLabel.setText(
                first
                        ? "This stock database has no users yet. Choose the administrator's name and password (at least 8"
                                + " characters); the administrator then adds the others on the Administration page."
                        : "Type your name and your password or PIN, or scan your badge.");
        secretLabel.setText(first ? "Password" : "Password or PIN");
        submitButton.setText(first ? "Create administrator" : "Sign in");
        for (Node node : new Node[] {confirmationLabel, confirmationField, withoutUsersButton}) {
            node.setVisible(first);
            node.setManaged(first);
        }
        Platform.runLater(signInNameField::requestFocus);
    }

    /** Focus back on the name field, ready for a badge, each time the screen shows. */
    public void focusName() {
        signInNameField.requestFocus();
    }

    @FXML
    private void submit() {
        model.submit();
    }

    @FXML
    private void withoutUsers() {
        model.continueWithoutUsers();
    }

    @FXML
    private void quit() {
        quit.run();
    }
}
