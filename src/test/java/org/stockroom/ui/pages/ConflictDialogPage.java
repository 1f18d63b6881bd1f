package org.stockroom.ui.pages;

/** The retry dialog after a version conflict (mine / theirs / original). */
public final class ConflictDialogPage {

    private final FxDriver fx;

    ConflictDialogPage(FxDriver fx) {
        this.fx = fx;
    }

    boolean isOpen() {
        return fx.isShowing("applyMineButton");
    }

    public void applyMine() {
        fx.click("applyMineButton");
    }
}
