package org.stockroom.ui.control;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns over plain records: each cell shows one accessor's value. */
public final class Columns {

    private Columns() {}

    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value) {
        // A row not fetched yet (a paged list's placeholder) is null: its cells stay empty until it arrives.
        column.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
    }
}
