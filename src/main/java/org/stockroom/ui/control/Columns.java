package org.stockroom.ui.control;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Table columns over plain records: each cell shows one accessor's value. */
public final class Columns {

    private Columns() {}

    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value) {
        // A row not fetched yet (a paged list's placeholder) is null: its cells stay empty until it arrives.
        column.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
    }

    /** A text column whose cells show their whole text in a tooltip: for values often wider than the column. */
    public static <S> void showWithTooltip(TableColumn<S, String> column, Function<S, String> value) {
        show(column, value);
        ColumnFit.flexible(column); // a name: it may be cut, the tooltip says the whole
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isBlank();
                setText(blank ? null : item);
                setTooltip(blank ? null : new Tooltip(item));
            }
        });
    }
}
