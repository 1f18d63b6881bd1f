package org.stockroom.ui.control;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns over plain records: each cell shows one accessor's value. */
public final class Columns {

    private Columns() {
    }

    public static <S, T> void show(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
