package org.stockroom.ui.pages;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountSessionListing;

/** The Counts page: sessions on the left, the chosen session's lines on the right. */
public final class CountsPage {

    private final FxDriver fx;

    public CountsPage(FxDriver fx) {
        this.fx = fx;
    }

    public CountsPage open() {
        fx.click("countsNav");
        fx.waitUntil("the sessions are listed", () -> !sessions().isEmpty());
        return this;
    }

    @SuppressWarnings("unchecked")
    private List<CountSessionListing> sessions() {
        TableView<CountSessionListing> table = fx.get("sessionTable", TableView.class);
        return fx.onFxThread(() -> List.copyOf(table.getItems()));
    }

    /** Chooses the session as a click on its row does, and waits for its lines. */
    @SuppressWarnings("unchecked")
    public CountsPage choose(long sessionId) {
        TableView<CountSessionListing> table = fx.get("sessionTable", TableView.class);
        fx.interact(() -> table.getItems().stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .ifPresent(s -> table.getSelectionModel().select(s)));
        fx.waitUntil("the session's lines show", () -> !lineTexts().isEmpty());
        return this;
    }

    /** Every cell of the lines table as the columns render it, row by row: what a person can read there. */
    @SuppressWarnings("unchecked")
    public List<String> lineTexts() {
        TableView<CountLineView> table = fx.get("lineTable", TableView.class);
        return fx.onFxThread(() -> {
            List<String> texts = new ArrayList<>();
            for (int row = 0; row < table.getItems().size(); row++) {
                for (TableColumn<CountLineView, ?> column : table.getColumns()) {
                    Object value = column.getCellData(row);
                    texts.add(value == null ? "" : value.toString());
                }
            }
            return texts;
        });
    }

    public String text(String fxId) {
        return fx.onFxThread(() -> fx.get(fxId, Label.class).getText());
    }

    public void finishCounting() {
        fx.click("finishButton");
    }
}
