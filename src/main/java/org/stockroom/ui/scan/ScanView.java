package org.stockroom.ui.scan;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LongStringConverter;
import org.stockroom.domain.access.Permission;
import org.stockroom.service.location.LocationView;
import org.stockroom.ui.access.PermissionGate;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.LocationCodeCell;
import org.stockroom.ui.control.Shown;

/** Code-behind of Scan.fxml. */
public final class ScanView {

    private final ScanViewModel model;
    private final PermissionGate gate;

    @FXML
    private ToggleButton receiveModeButton;

    @FXML
    private ToggleButton pickModeButton;

    @FXML
    private ToggleButton moveModeButton;

    @FXML
    private ToggleButton countModeButton;

    @FXML
    private Node receiveModeHolder;

    @FXML
    private Node pickModeHolder;

    @FXML
    private Node moveModeHolder;

    @FXML
    private Node countModeHolder;

    @FXML
    private Label fromLabel;

    @FXML
    private Label toLabel;

    @FXML
    private ComboBox<LocationView> scanLocationBox;

    @FXML
    private ComboBox<LocationView> scanToLocationBox;

    @FXML
    private TextField scanField;

    @FXML
    private Button scanPostButton;

    @FXML
    private StackPane scanPostHolder;

    @FXML
    private VBox unknownBox;

    @FXML
    private Label unknownTitle;

    @FXML
    private TextField unknownSkuField;

    @FXML
    private TextField unknownNameField;

    @FXML
    private TableView<ScanLine> scanLineTable;

    @FXML
    private TableColumn<ScanLine, String> scanSkuColumn;

    @FXML
    private TableColumn<ScanLine, String> scanNameColumn;

    @FXML
    private TableColumn<ScanLine, Long> scanQuantityColumn;

    @FXML
    private TableColumn<ScanLine, String> scanNoteColumn;

    @FXML
    private TableColumn<ScanLine, ScanLine> scanRemoveColumn;

    @FXML
    private Label scanMessageLabel;

    @FXML
    private VBox scanPage;

    public ScanView(ScanViewModel model, PermissionGate gate) {
        this.model = model;
        this.gate = gate;
    }

    @FXML
    private void initialize() {
        ToggleGroup modes = new ToggleGroup();
        java.util.Map<ScanMode, ToggleButton> buttons = java.util.Map.of(
                ScanMode.RECEIVE,
                receiveModeButton,
                ScanMode.PICK,
                pickModeButton,
                ScanMode.MOVE,
                moveModeButton,
                ScanMode.COUNT,
                countModeButton);
        java.util.Map<ScanMode, Node> holders = java.util.Map.of(
                ScanMode.RECEIVE,
                receiveModeHolder,
                ScanMode.PICK,
                pickModeHolder,
                ScanMode.MOVE,
                moveModeHolder,
                ScanMode.COUNT,
                countModeHolder);
        buttons.forEach((mode, button) -> {
            gate.guard(button, holders.get(mode), mode.permission());
            // A mode the signed-in role may not use is left before any scan (a switch of user can cause it).
            button.disabledProperty().addListener((o, was, now) -> {
                if (now && model.modeProperty().get() == mode) {
                    java.util.Arrays.stream(ScanMode.values())
                            .filter(m -> !buttons.get(m).isDisabled())
                            .findFirst()
                            .ifPresent(model.modeProperty()::set);
                }
            });
            button.setToggleGroup(modes);
            button.setSelected(model.modeProperty().get() == mode);
            button.setOnAction(e -> {
                if (button.isSelected()) {
                    model.modeProperty().set(mode);
                } else {
                    button.setSelected(true); // one mode is always chosen
                }
                scanField.requestFocus();
            });
        });
        model.modeProperty().addListener((o, was, now) -> {
            buttons.get(now).setSelected(true);
            showMode(now);
        });
        showMode(model.modeProperty().get());

        for (ComboBox<LocationView> box : java.util.List.of(scanLocationBox, scanToLocationBox)) {
            box.setItems(model.locations());
            box.setConverter(Shown.as(LocationView::toString, ""));
            box.setButtonCell(new LocationCodeCell());
        }
        scanLocationBox.valueProperty().bindBidirectional(model.locationProperty());
        scanToLocationBox.valueProperty().bindBidirectional(model.toLocationProperty());
        scanField.textProperty().bindBidirectional(model.typedProperty());

        scanLineTable.setItems(model.lines());
        Columns.show(scanSkuColumn, ScanLine::sku);
        Columns.show(scanNameColumn, ScanLine::name);
        scanQuantityColumn.setCellValueFactory(
                c -> c.getValue().quantityProperty().asObject());
        scanQuantityColumn.setCellFactory(TextFieldTableCell.forTableColumn(new LongStringConverter()));
        scanQuantityColumn.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() > 0) {
                e.getRowValue().quantityProperty().set(e.getNewValue());
            }
            scanLineTable.refresh();
        });
        scanNoteColumn.setCellValueFactory(c -> c.getValue().noteProperty());
        scanRemoveColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        scanRemoveColumn.setCellFactory(column -> new TableCell<>() {
            private final Button remove = new Button("Remove");

            @Override
            protected void updateItem(ScanLine line, boolean empty) {
                super.updateItem(line, empty);
                remove.setOnAction(e -> model.removeLine(line));
                setGraphic(empty || line == null ? null : remove);
            }
        });

        // A counted line is in its count session already: it is corrected by typing, not taken off.
        scanRemoveColumn.visibleProperty().bind(model.modeProperty().isNotEqualTo(ScanMode.COUNT));
        unknownBox.visibleProperty().bind(model.unknown().heldProperty().isNotNull());
        unknownBox.managedProperty().bind(unknownBox.visibleProperty());
        unknownTitle
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.unknown().heldProperty().get() == null
                                ? ""
                                : "Unknown code "
                                        + model.unknown().heldProperty().get().text()
                                        + ": give it to a product (type its SKU), or create one. The scan is kept.",
                        model.unknown().heldProperty()));
        model.unknown().heldProperty().addListener((o, was, now) -> {
            if (now != null) {
                unknownSkuField.requestFocus();
            } else {
                scanField.requestFocus();
            }
        });
        unknownSkuField.textProperty().bindBidirectional(model.unknown().skuProperty());
        unknownNameField.textProperty().bindBidirectional(model.unknown().nameProperty());
        scanMessageLabel.textProperty().bind(model.messageProperty());
        model.outcomeProperty().addListener((o, was, now) -> {
            scanMessageLabel.getStyleClass().removeAll("scan-refused", "scan-posted");
            if (now == ScanFeedback.Outcome.REFUSED) {
                scanMessageLabel.getStyleClass().add("scan-refused");
            } else if (now == ScanFeedback.Outcome.POSTED) {
                scanMessageLabel.getStyleClass().add("scan-posted");
            }
        });
        scanLineTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ScanLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("scan-fault");
                if (!empty && line != null && line == model.faultLineProperty().get()) {
                    getStyleClass().add("scan-fault");
                }
            }
        });
        model.faultLineProperty().addListener((o, was, now) -> scanLineTable.refresh());
        // The scan field keeps the focus, so a number typed after a scan lands there: when the page shows, and
        // after everything the page does (each ends with a message), unless an unknown code is being assigned.
        scanPage.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                scanField.requestFocus();
            }
        });
        model.messageProperty().addListener((o, was, now) -> {
            if (scanPage.isVisible() && model.unknown().heldProperty().get() == null) {
                scanField.requestFocus();
            }
        });
        gate.guard(scanPostButton, scanPostHolder, Permission.RECEIVE);
    }

    private void showMode(ScanMode mode) {
        boolean move = mode == ScanMode.MOVE;
        fromLabel.setText(move ? "From" : "At");
        toLabel.setVisible(move);
        scanToLocationBox.setVisible(move);
    }

    @FXML
    private void enter() {
        model.enter();
    }

    @FXML
    private void post() {
        model.post();
        scanField.requestFocus();
    }

    @FXML
    private void assign() {
        model.unknown().assign();
    }

    @FXML
    private void create() {
        model.unknown().create();
    }

    @FXML
    private void skip() {
        model.skipUnknown();
    }
}
