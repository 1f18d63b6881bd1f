package org.stockroom.ui.pages;

/** The stock dialog (receive, issue, adjust, count, transfer, reserve). */
public final class StockDialogPage {

    private final FxDriver fx;

    StockDialogPage(FxDriver fx) {
        this.fx = fx;
    }

    boolean isOpen() {
        return fx.isShowing("quantityField");
    }

    public StockDialogPage quantity(String text) {
        fx.type("quantityField", text);
        return this;
    }

    public void save() {
        fx.click("saveButton");
    }
}
