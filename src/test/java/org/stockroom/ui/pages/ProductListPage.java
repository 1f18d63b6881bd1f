package org.stockroom.ui.pages;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.TableView;
import org.stockroom.service.catalogue.ProductRow;

/** The product list: search field, table, and the buttons that open a dialog on the selected product. */
public final class ProductListPage {

    private final FxDriver fx;

    public ProductListPage(FxDriver fx) {
        this.fx = fx;
    }

    /**
     * The rows loaded so far (read on the FX thread); none while the window is still opening the database. Rows
     * whose page has not arrived are null in the list and left out here.
     */
    @SuppressWarnings("unchecked")
    public List<ProductRow> rows() {
        return fx.find("productTable", TableView.class)
                .map(table -> fx.onFxThread(() -> ((TableView<ProductRow>) table)
                        .getItems().stream().filter(Objects::nonNull).toList()))
                .orElse(List.of());
    }

    /** The table itself, for the scrolling benchmark, which drives it directly. */
    @SuppressWarnings("unchecked")
    public TableView<ProductRow> table() {
        return fx.get("productTable", TableView.class);
    }

    public ProductRow row(String sku) {
        return rows().stream().filter(r -> r.sku().equals(sku)).findFirst().orElseThrow();
    }

    public void search(String text) {
        fx.type("searchField", text);
    }

    @SuppressWarnings("unchecked")
    public void select(String sku) {
        ProductRow row = row(sku);
        TableView<ProductRow> table = fx.get("productTable", TableView.class);
        fx.interact(() -> table.getSelectionModel().select(row));
    }

    /** Selects the product and opens the stock dialog on it. */
    public StockDialogPage openStockDialog(String sku) {
        select(sku);
        fx.click("adjustButton");
        StockDialogPage dialog = new StockDialogPage(fx);
        fx.waitUntil("the stock dialog opens", dialog::isOpen);
        return dialog;
    }

    /** Selects the product and opens its edit form. */
    public ProductFormPage openEditForm(String sku) {
        select(sku);
        fx.click("editButton");
        ProductFormPage form = new ProductFormPage(fx);
        fx.waitUntil("the product form opens", form::isOpen);
        return form;
    }
}
