package org.stockroom.ui.transfer;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;

/**
 * The column editor's second column: a drop-down of the file's columns, always shown (one click to change, no
 * edit mode to enter first), that hands the row to {@code chosen} when the user picks another column.
 */
final class ColumnChoiceCell extends TableCell<MappingRow, MappingRow> {

    private final ComboBox<String> box;
    private boolean showing;

    ColumnChoiceCell(ObservableList<String> columns, Consumer<MappingRow> chosen) {
        box = new ComboBox<>(columns);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            MappingRow row = getItem();
            String picked = box.getValue();
            if (showing
                    || row == null
                    || picked == null
                    || picked.equals(row.columnProperty().get())) {
                return;
            }
            row.columnProperty().set(picked);
            chosen.accept(row);
        });
    }

    @Override
    protected void updateItem(MappingRow row, boolean empty) {
        super.updateItem(row, empty);
        showing = true;
        try {
            if (empty || row == null) {
                setGraphic(null);
            } else {
                box.setValue(row.columnProperty().get());
                box.setId("importColumnFor" + row.field().name());
                setGraphic(box);
            }
        } finally {
            showing = false;
        }
    }
}
