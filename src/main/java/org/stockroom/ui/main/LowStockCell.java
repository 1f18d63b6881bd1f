package org.stockroom.ui.main;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stockroom.service.catalogue.ProductRow;

/** A red marker on products whose stock over all locations is at or below their reorder point, with the figures. */
final class LowStockCell extends TableCell<ProductRow, Boolean> {

    /** The Stock column: this cell, and a header whose tooltip says what "Low" means with a location filter. */
    static void install(javafx.scene.control.TableColumn<ProductRow, Boolean> column) {
        column.setCellFactory(c -> new LowStockCell());
        javafx.scene.control.Label header = new javafx.scene.control.Label("Stock");
        header.setTooltip(new Tooltip("Low: the product's stock available over all locations is at or below its"
                + " reorder point. With a location chosen, the figures are that location's; the marker stays the"
                + " product's."));
        column.setText(null);
        column.setGraphic(header);
    }

    /**
     * The product table's selection: reported to the model, set by it (a scanned product), and Enter or a
     * double-click opens the stock dialog (when the role may).
     */
    static void selection(
            javafx.scene.control.TableView<ProductRow> table, MainViewModel model, javafx.scene.control.Button stock) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        model.selectRequestProperty().addListener((o, was, now) -> {
            if (now != null) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                stock.fire();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                stock.fire();
            }
        });
    }

    @Override
    protected void updateItem(Boolean low, boolean empty) {
        super.updateItem(low, empty);
        if (empty || low == null || !low) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            getStyleClass().remove("low-stock");
            return;
        }
        ProductRow row = getTableRow() == null ? null : getTableRow().getItem();
        setTooltip(
                row == null
                        ? null
                        : new Tooltip(row.totalAvailable() + " available over all locations; reorder at "
                                + row.reorderPoint()));
        setText("Low");
        setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        if (!getStyleClass().contains("low-stock")) {
            getStyleClass().add("low-stock");
        }
    }
}
