package org.stockroom.ui.backup;

import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.stockroom.service.backup.BackupEntry;

/** Code-behind of Backups.fxml. */
public final class BackupsView {

    private final BackupsViewModel model;

    @FXML
    private TableView<BackupEntry> backupTable;

    @FXML
    private TableColumn<BackupEntry, String> backupWhenColumn;

    @FXML
    private TableColumn<BackupEntry, String> backupFileColumn;

    @FXML
    private TableColumn<BackupEntry, String> backupSizeColumn;

    @FXML
    private TableColumn<BackupEntry, String> backupVerifiedColumn;

    @FXML
    private Button backUpNowButton;

    @FXML
    private Button restoreButton;

    @FXML
    private TextField copyToField;

    @FXML
    private TextField keepDailyField;

    @FXML
    private TextField keepWeeklyField;

    @FXML
    private CheckBox onCloseBox;

    @FXML
    private Label backupMessage;

    @FXML
    private Pane backupControls;

    public BackupsView(BackupsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        backupTable.setItems(model.entries());
        backupWhenColumn.setCellValueFactory(c -> new SimpleStringProperty(
                BackupsViewModel.WHEN.format(c.getValue().writtenAt())));
        backupFileColumn.setCellValueFactory(
                c -> new SimpleStringProperty(c.getValue().file().getFileName().toString()));
        backupSizeColumn.setCellValueFactory(c ->
                new SimpleStringProperty(String.format("%,.1f MB", c.getValue().sizeBytes() / 1e6)));
        backupVerifiedColumn.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().verified()
                        ? "verified: " + c.getValue().manifest().movements() + " movements"
                        : "NOT verified"));
        backUpNowButton.disableProperty().bind(model.busyProperty());
        restoreButton
                .disableProperty()
                .bind(backupTable
                        .getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(model.busyProperty()));
        copyToField.textProperty().bindBidirectional(model.copyToProperty());
        keepDailyField.textProperty().bindBidirectional(model.keepDailyProperty());
        keepWeeklyField.textProperty().bindBidirectional(model.keepWeeklyProperty());
        onCloseBox.selectedProperty().bindBidirectional(model.onCloseProperty());
        backupMessage.textProperty().bind(model.messageProperty());
        backupControls.setDisable(!model.available());
    }

    @FXML
    private void backUpNow() {
        model.backUpNow();
    }

    @FXML
    private void restore() {
        model.restore(backupTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void saveSettings() {
        model.saveSettings();
    }
}
