package org.stockroom.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.stockroom.domain.access.Role;
import org.stockroom.service.access.UserView;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Formats;

/** Code-behind of Administration.fxml. */
public final class AdministrationView {

    private final AdministrationViewModel model;

    @FXML
    private TableView<UserView> userTable;

    @FXML
    private TableColumn<UserView, String> nameColumn;

    @FXML
    private TableColumn<UserView, String> roleColumn;

    @FXML
    private TableColumn<UserView, String> statusColumn;

    @FXML
    private TableColumn<UserView, String> pinColumn;

    @FXML
    private TableColumn<UserView, String> badgeColumn;

    @FXML
    private Label messageLabel;

    @FXML
    private TextField newNameField;

    @FXML
    private ChoiceBox<Role> newRoleChoice;

    @FXML
    private PasswordField newPasswordField;

    @FXML
    private Button addButton;

    @FXML
    private Label selectedLabel;

    @FXML
    private VBox selectedBox;

    @FXML
    private ChoiceBox<Role> roleChoice;

    @FXML
    private PasswordField passwordField;

    @FXML
    private PasswordField pinField;

    @FXML
    private PasswordField badgeField;

    @FXML
    private Button activeButton;

    @FXML
    private TextField idleField;

    @FXML
    private TextField maxUnitsField;

    @FXML
    private TextField maxPercentField;

    @FXML
    private TextField maxValueField;

    @FXML
    private javafx.scene.control.CheckBox recountByAnotherBox;

    @FXML
    private TextField ownReversalField;

    @FXML
    private VBox reasonCodesHolder;

    private final javafx.scene.Node reasonCodes;

    /** {@code reasonCodes}: the reason-code section (its own view and model), shown below the count rules. */
    public AdministrationView(AdministrationViewModel model, javafx.scene.Node reasonCodes) {
        this.model = model;
        this.reasonCodes = reasonCodes;
    }

    @FXML
    private void initialize() {
        userTable.setItems(model.rows());
        Columns.show(nameColumn, UserView::name);
        Columns.show(roleColumn, u -> u.role().title());
        Columns.show(statusColumn, AdministrationView::status);
        Columns.show(pinColumn, u -> u.hasPin() ? "yes" : "");
        Columns.show(badgeColumn, u -> u.hasBadge() ? "yes" : "");
        userTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> showSelected(now));
        showSelected(model.selectedProperty().get());
        StringConverter<Role> titles = new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : role.title();
            }

            @Override
            public Role fromString(String text) {
                return Role.parse(text).orElse(null);
            }
        };
        for (ChoiceBox<Role> choice : java.util.List.of(newRoleChoice, roleChoice)) {
            choice.getItems().setAll(Role.values());
            choice.setConverter(titles);
        }
        newRoleChoice.valueProperty().bindBidirectional(model.newRoleProperty());
        roleChoice.valueProperty().bindBidirectional(model.roleProperty());
        newNameField.textProperty().bindBidirectional(model.newNameProperty());
        newPasswordField.textProperty().bindBidirectional(model.newPasswordProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        pinField.textProperty().bindBidirectional(model.pinProperty());
        badgeField.textProperty().bindBidirectional(model.badgeProperty());
        idleField.textProperty().bindBidirectional(model.siteSettings().idleMinutesProperty());
        maxUnitsField.textProperty().bindBidirectional(model.siteSettings().maxUnitsProperty());
        maxPercentField.textProperty().bindBidirectional(model.siteSettings().maxPercentProperty());
        maxValueField.textProperty().bindBidirectional(model.siteSettings().maxValueProperty());
        recountByAnotherBox
                .selectedProperty()
                .bindBidirectional(model.siteSettings().recountByAnotherProperty());
        ownReversalField.textProperty().bindBidirectional(model.siteSettings().ownReversalMinutesProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        addButton.disableProperty().bind(model.busyProperty());
        reasonCodesHolder.getChildren().setAll(reasonCodes);
    }

    private void showSelected(UserView user) {
        selectedBox.setDisable(user == null);
        selectedLabel.setText(user == null ? "Select a user in the list" : user.name());
        activeButton.setText(user != null && !user.active() ? "Enable" : "Disable");
        if (user != null && userTable.getSelectionModel().getSelectedItem() != user) {
            userTable.getSelectionModel().select(user);
        }
    }

    static String status(UserView user) {
        if (!user.active()) {
            return "disabled";
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(java.time.Instant.now())) {
            return "locked until " + Formats.time(user.lockedUntil());
        }
        return "active";
    }

    @FXML
    private void addUser() {
        model.addUser();
    }

    @FXML
    private void changeRole() {
        model.changeRole();
    }

    @FXML
    private void resetPassword() {
        model.resetPassword();
    }

    @FXML
    private void setPin() {
        model.setPin();
    }

    @FXML
    private void setBadge() {
        model.setBadge();
    }

    @FXML
    private void disableOrEnable() {
        model.disableOrEnable();
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void saveIdleLock() {
        model.siteSettings().saveIdleLock();
    }

    @FXML
    private void saveCountRules() {
        model.siteSettings().saveCountRules();
    }
}
