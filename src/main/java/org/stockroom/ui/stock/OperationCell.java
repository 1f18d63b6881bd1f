package org.stockroom.ui.stock;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ListCell;

/**
 * One operation in the stock dialog's list: disabled, and saying which role it needs, while the signed-in user's
 * role may not do it. A clerk sees "Adjust (needs Supervisor)" there and cannot pick it. The reason is in the
 * text, not a tooltip, because JavaFX shows no tooltip on a disabled node.
 */
final class OperationCell extends ListCell<StockOperation> {

    private final Function<StockOperation, StringBinding> refusalOf;
    private final boolean inList;

    /** {@code inList}: a cell of the drop-down list (disabled when refused), not the box's own face. */
    OperationCell(Function<StockOperation, StringBinding> refusalOf, boolean inList) {
        this.refusalOf = refusalOf;
        this.inList = inList;
    }

    @Override
    protected void updateItem(StockOperation item, boolean empty) {
        super.updateItem(item, empty);
        disableProperty().unbind();
        textProperty().unbind();
        if (empty || item == null) {
            setText(null);
            setDisable(false);
            return;
        }
        StringBinding refusal = refusalOf.apply(item);
        var allowed = refusal.isEmpty();
        if (inList) {
            disableProperty().bind(allowed.not());
        }
        textProperty()
                .bind(Bindings.when(allowed)
                        .then(item.toString())
                        .otherwise(item + " (needs " + item.permission().least().title() + ")"));
    }
}
