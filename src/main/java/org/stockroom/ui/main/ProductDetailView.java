package org.stockroom.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.reservation.ReservationView;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Formats;

/** Code-behind of ProductDetail.fxml: the selected product's stock, reservations and history. */
public final class ProductDetailView {

    private final ProductDetailViewModel model;
    private final ObservableObjectValue<ProductRow> selected;

    @FXML
    private Label detailTitle;

    @FXML
    private Label detailFacts;

    @FXML
    private TableView<StockLevelView> stockTable;

    @FXML
    private TableColumn<StockLevelView, String> stockLocationColumn;

    @FXML
    private TableColumn<StockLevelView, Long> stockOnHandColumn;

    @FXML
    private TableColumn<StockLevelView, Long> stockReservedColumn;

    @FXML
    private TableColumn<StockLevelView, Long> stockAvailableColumn;

    @FXML
    private TableView<ReservationView> reservationTable;

    @FXML
    private TableColumn<ReservationView, String> reservationReferenceColumn;

    @FXML
    private TableColumn<ReservationView, String> reservationLocationColumn;

    @FXML
    private TableColumn<ReservationView, Long> reservationQuantityColumn;

    @FXML
    private TableColumn<ReservationView, String> reservationSinceColumn;

    @FXML
    private TableColumn<ReservationView, String> reservationExpiresColumn;

    @FXML
    private Button fulfilButton;

    @FXML
    private Button releaseButton;

    @FXML
    private TableView<HistoryEntry> historyTable;

    @FXML
    private TableColumn<HistoryEntry, String> historyTimeColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyTypeColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyLocationColumn;

    @FXML
    private TableColumn<HistoryEntry, Long> historyQuantityColumn;

    @FXML
    private TableColumn<HistoryEntry, Long> historyOnHandAfterColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyReasonColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyUserColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyNoteColumn;

    @FXML
    private TableColumn<HistoryEntry, String> historyKeyColumn;

    @FXML
    private Button reverseButton;

    public ProductDetailView(ProductDetailViewModel model, ObservableObjectValue<ProductRow> selected) {
        this.model = model;
        this.selected = selected;
    }

    @FXML
    private Label reservationsEmptyLabel;

    @FXML
    private Label historyEmptyLabel;

    private static final double STOCK_ROW = 34;

    /** The stock table's height in rows: all of them from two to eight; more scroll. */
    private static int shownStockRows(int levels) {
        return Math.max(2, Math.min(8, levels));
    }

    @FXML
    private void initialize() {
        reservationsEmptyLabel
                .textProperty()
                .bind(Bindings.when(model.loadingProperty()).then("Loading...").otherwise("No open reservations"));
        historyEmptyLabel
                .textProperty()
                .bind(Bindings.when(model.loadingProperty()).then("Loading...").otherwise("No movements yet"));
        detailTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> selected.get() == null
                                ? "Select a product to see its stock, reservations and history"
                                : selected.get().sku() + "  " + selected.get().name(),
                        selected));
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(detailTitle.textProperty());
        detailTitle.setTooltip(whole); // a long name may be cut at 1024 px; the SKU comes first
        detailFacts.textProperty().bind(model.factsProperty());
        stockTable.setItems(model.stockLevels());
        // Every location the product is in, up to eight rows; more scroll. (It showed two rows at any size.)
        stockTable.setFixedCellSize(STOCK_ROW);
        stockTable
                .prefHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> STOCK_ROW * shownStockRows(model.stockLevels().size()) + 46, model.stockLevels()));
        Columns.show(stockLocationColumn, StockLevelView::locationCode); // the code whole; the name on hover
        stockLocationColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                StockLevelView level =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : code);
                setTooltip(level == null ? null : new javafx.scene.control.Tooltip(level.locationName()));
            }
        });
        Columns.show(stockOnHandColumn, StockLevelView::onHand);
        Columns.show(stockReservedColumn, StockLevelView::reserved);
        Columns.show(stockAvailableColumn, StockLevelView::available);
        reservationTable.setItems(model.reservations());
        Columns.show(reservationReferenceColumn, ReservationView::reference);
        Columns.show(reservationLocationColumn, ReservationView::locationCode);
        Columns.show(reservationQuantityColumn, ReservationView::quantity);
        Columns.show(reservationSinceColumn, r -> Formats.time(r.createdAt()));
        Columns.show(reservationExpiresColumn, r -> r.expiresAt() == null ? "never" : Formats.time(r.expiresAt()));
        var none = reservationTable.getSelectionModel().selectedItemProperty().isNull();
        fulfilButton.disableProperty().bind(none);
        releaseButton.disableProperty().bind(none);
        historyTable.setItems(model.history());
        Columns.show(historyTimeColumn, m -> Formats.time(m.occurredAt()));
        Columns.show(historyTypeColumn, HistoryEntry::type);
        Columns.show(historyLocationColumn, HistoryEntry::locationCode);
        Columns.show(historyQuantityColumn, HistoryEntry::quantity);
        Columns.show(historyOnHandAfterColumn, HistoryEntry::onHandAfter);
        Columns.showWithTooltip(historyReasonColumn, HistoryEntry::reason);
        Columns.show(historyUserColumn, HistoryEntry::userName);
        Columns.showWithTooltip(historyNoteColumn, HistoryEntry::note);
        Columns.show(historyKeyColumn, HistoryEntry::shortKey);
        var chosenEntry = historyTable.getSelectionModel().selectedItemProperty();
        reverseButton
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> chosenEntry.get() == null || !chosenEntry.get().isReversible(), chosenEntry));
    }

    @FXML
    private void fulfil() {
        model.fulfil(reservationTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void release() {
        model.release(reservationTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void reverse() {
        model.reverse(historyTable.getSelectionModel().getSelectedItem());
    }
}
