package org.stockroom.ui.pages;

import javafx.scene.control.TableView;

/** The selected product's detail pane. */
public final class DetailPanePage {

    private final FxDriver fx;

    public DetailPanePage(FxDriver fx) {
        this.fx = fx;
    }

    /** Rows in the movement history. */
    public int historyRows() {
        return fx.find("historyTable", TableView.class)
                .map(t -> fx.onFxThread(() -> t.getItems().size()))
                .orElse(0);
    }
}
