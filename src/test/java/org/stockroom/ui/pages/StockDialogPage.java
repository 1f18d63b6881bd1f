package org.stockroom.ui.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;

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

    /** Opens the operation list as a click would and reads each entry's text and whether it can be picked. */
    public Map<String, Boolean> operationsOffered() {
        ComboBox<?> box = fx.get("operationBox", ComboBox.class);
        fx.interact(box::show);
        try {
            return fx.onFxThread(() -> {
                Map<String, Boolean> offered = new LinkedHashMap<>();
                ListView<?> list = (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
                for (var node : list.lookupAll(".list-cell")) {
                    ListCell<?> cell = (ListCell<?>) node;
                    if (cell.getItem() != null) {
                        offered.put(cell.getText(), !cell.isDisabled());
                    }
                }
                return offered;
            });
        } finally {
            fx.interact(box::hide);
        }
    }

    public void save() {
        fx.click("saveButton");
    }
}
