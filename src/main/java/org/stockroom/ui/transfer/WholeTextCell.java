package org.stockroom.ui.transfer;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell whose whole text shows in a tooltip: a long reason or value is cut in the column, not lost. */
final class WholeTextCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        setText(empty ? null : text);
        setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
    }
}
