package org.stockroom.ui.count;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountSessionListing;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.ui.access.PermissionGate;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.LocationCodeCell;
import org.stockroom.ui.control.Shown;

/** Code-behind of Counts.fxml. */
public final class CountsView {

    private final CountsViewModel model;
    private final PermissionGate gate;

    @FXML
    private TextField planNameField;

    @FXML
    private CheckComboBox<LocationView> planLocationsBox;

    @FXML
    private ComboBox<String> planCategoryBox;

    @FXML
    private TextField planCountersField;

    @FXML
    private TextField planProductsField;

    @FXML
    private CheckBox planBlindBox;

    @FXML
    private Button planButton;

    @FXML
    private Node planHolder;

    @FXML
    private TableView<CountSessionListing> sessionTable;

    @FXML
    private TableColumn<CountSessionListing, Long> sessionIdColumn;

    @FXML
    private TableColumn<CountSessionListing, String> sessionNameColumn;

    @FXML
    private TableColumn<CountSessionListing, String> sessionStatusColumn;

    @FXML
    private TableColumn<CountSessionListing, String> sessionCountedColumn;

    @FXML
    private Label sessionTitle;

    @FXML
    private Label blindNote;

    @FXML
    private TextField codeField;

    @FXML
    private ComboBox<LocationView> countLocationBox;

    @FXML
    private TextField countQuantityField;

    @FXML
    private Button countButton;

    @FXML
    private Node countHolder;

    @FXML
    private TableView<CountLineView> lineTable;

    @FXML
    private TableColumn<CountLineView, String> skuColumn;

    @FXML
    private TableColumn<CountLineView, String> nameColumn;

    @FXML
    private TableColumn<CountLineView, String> locationColumn;

    @FXML
    private TableColumn<CountLineView, String> stateColumn;

    @FXML
    private TableColumn<CountLineView, String> countedColumn;

    @FXML
    private TableColumn<CountLineView, String> expectedColumn;

    @FXML
    private TableColumn<CountLineView, String> movedColumn;

    @FXML
    private TableColumn<CountLineView, String> varianceColumn;

    @FXML
    private TableColumn<CountLineView, String> byColumn;

    @FXML
    private Label summaryLabel;

    @FXML
    private Button finishButton;

    @FXML
    private Node finishHolder;

    @FXML
    private ChoiceBox<ReasonCode> gainReasonChoice;

    @FXML
    private ChoiceBox<ReasonCode> lossReasonChoice;

    @FXML
    private Label gainReasonLabel;

    @FXML
    private Label lossReasonLabel;

    @FXML
    private Button postButton;

    @FXML
    private Node postHolder;

    @FXML
    private Button cancelButton;

    @FXML
    private Node cancelHolder;

    @FXML
    private Button sheetButton;

    @FXML
    private Button linesCsvButton;

    @FXML
    private Label messageLabel;

    public CountsView(CountsViewModel model, PermissionGate gate) {
        this.model = model;
        this.gate = gate;
    }

    @FXML
    private void initialize() {
        planNameField.textProperty().bindBidirectional(model.planNameProperty());
        planBlindBox.selectedProperty().bindBidirectional(model.planBlindProperty());
        model.categories().addListener((ListChangeListener<String>) c -> {
            planCategoryBox.getItems().setAll((String) null);
            planCategoryBox.getItems().addAll(model.categories());
        });
        planCategoryBox.setConverter(Shown.as(category -> category, "Any category"));
        planCategoryBox.valueProperty().bindBidirectional(model.planCategoryProperty());
        planCountersField.textProperty().bindBidirectional(model.planCountersProperty());
        planProductsField.textProperty().bindBidirectional(model.planProductsProperty());
        model.productScansProperty().addListener((o, was, now) -> countQuantityField.requestFocus());
        planProductsField.setTooltip(new javafx.scene.control.Tooltip(
                "A hand-picked list: SKUs or scanned barcodes, separated by commas or spaces."
                        + " With no location chosen, each is counted wherever it has stock."));
        model.locations().addListener((ListChangeListener<LocationView>)
                c -> planLocationsBox.getItems().setAll(model.locations()));
        planLocationsBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<LocationView>) c ->
                model.planLocations().setAll(planLocationsBox.getCheckModel().getCheckedItems()));
        planLocationsBox.setConverter(Shown.as(LocationView::toString, ""));

        sessionTable.setItems(model.listing());
        Columns.show(sessionIdColumn, CountSessionListing::id);
        Columns.showWithTooltip(sessionNameColumn, CountSessionListing::name);
        Columns.show(sessionStatusColumn, s -> s.status().title() + (s.blind() ? ", blind" : ""));
        Columns.show(sessionCountedColumn, s -> s.counted() + " / " + s.lines());
        sessionTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.chosenProperty().set(now);
            }
        });
        model.chosenProperty().addListener((o, was, now) -> {
            if (now != null && sessionTable.getSelectionModel().getSelectedItem() != now) {
                sessionTable.getSelectionModel().select(now);
            }
        });

        codeField.textProperty().bindBidirectional(model.codeProperty());
        countQuantityField.textProperty().bindBidirectional(model.quantityProperty());
        countLocationBox.setItems(model.locations());
        countLocationBox.setButtonCell(new LocationCodeCell());
        countLocationBox.valueProperty().bindBidirectional(model.countLocationProperty());
        lineTable.setItems(model.lines());
        Columns.show(skuColumn, CountLineView::sku);
        Columns.showWithTooltip(nameColumn, CountLineView::productName);
        Columns.show(locationColumn, CountLineView::locationCode);
        Columns.show(stateColumn, l -> l.state() + (l.foundInCount() ? " (found)" : ""));
        Columns.show(countedColumn, l -> CountText.number(l.counted(), false));
        Columns.show(expectedColumn, l -> CountText.number(l.expected(), false));
        Columns.show(movedColumn, l -> CountText.number(l.movedSinceCount(), true));
        Columns.show(varianceColumn, l -> CountText.number(l.variance(), true));
        Columns.show(byColumn, CountLineView::countedBy);

        CountPostingModel posting = model.posting();
        CountReasonBoxes.bind(gainReasonChoice, gainReasonLabel, lossReasonChoice, lossReasonLabel, posting);

        var session = model.sessionProperty();
        var none = session.isNull();
        var takesCounts = Bindings.createBooleanBinding(
                () -> session.get() != null && session.get().status().takesCounts(), session);
        var open = Bindings.createBooleanBinding(
                () -> session.get() != null
                        && (session.get().status() == CountSessionStatus.OPEN
                                || session.get().status() == CountSessionStatus.COUNTING),
                session);
        gate.guard(planButton, planHolder, Permission.PLAN_COUNT);
        gate.guard(countButton, countHolder, Permission.COUNT_LINE, takesCounts.not());
        gate.guard(finishButton, finishHolder, Permission.PLAN_COUNT, open.not());
        gate.guard(
                postButton,
                postHolder,
                Permission.POST_COUNT,
                posting.inReview().not());
        gate.guard(cancelButton, cancelHolder, Permission.PLAN_COUNT, takesCounts.not());
        codeField.disableProperty().bind(none);
        sheetButton.disableProperty().bind(none);
        linesCsvButton.disableProperty().bind(none);
        countQuantityField.disableProperty().bind(none);
        sessionTitle.textProperty().bind(Bindings.createStringBinding(() -> CountText.title(session.get()), session));
        blindNote.textProperty().bind(Bindings.createStringBinding(() -> CountText.blindNote(session.get()), session));
        summaryLabel.textProperty().bind(Bindings.createStringBinding(() -> CountText.summary(session.get()), session));
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void plan() {
        model.plan();
    }

    @FXML
    private void toQuantity() {
        countQuantityField.requestFocus();
    }

    @FXML
    private void recordCount() {
        model.recordCount();
        codeField.requestFocus();
    }

    @FXML
    private void finishCounting() {
        model.finishCounting();
    }

    @FXML
    private void post() {
        model.posting().post();
    }

    @FXML
    private void exportSheet() {
        model.exportSheet();
    }

    @FXML
    private void exportLines() {
        model.exportLines();
    }

    @FXML
    private void cancelSession() {
        model.cancelSession();
    }
}
