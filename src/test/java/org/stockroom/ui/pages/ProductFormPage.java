package org.stockroom.ui.pages;

/** The product form (new or edit). */
public final class ProductFormPage {

    private final FxDriver fx;

    ProductFormPage(FxDriver fx) {
        this.fx = fx;
    }

    boolean isOpen() {
        return fx.isShowing("categoryField");
    }

    public ProductFormPage category(String text) {
        fx.type("categoryField", text);
        return this;
    }

    public void save() {
        fx.click("saveButton");
    }

    /** Waits for the retry dialog a version conflict opens. */
    public ConflictDialogPage expectConflict() {
        ConflictDialogPage conflict = new ConflictDialogPage(fx);
        fx.waitUntil("the retry dialog opens", conflict::isOpen);
        return conflict;
    }
}
