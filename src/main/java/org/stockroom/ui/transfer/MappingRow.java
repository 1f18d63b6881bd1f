package org.stockroom.ui.transfer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stockroom.domain.transfer.ImportField;

/** One line of the column editor: a field Stockroom imports, and the file's column it is taken from. */
public final class MappingRow {

    private final ImportField field;
    private final boolean required;
    private final StringProperty column = new SimpleStringProperty(this, "column");

    MappingRow(ImportField field, boolean required, String column) {
        this.field = field;
        this.required = required;
        this.column.set(column);
    }

    public ImportField field() {
        return field;
    }

    public String fieldLabel() {
        return field.header() + (required ? " (needed)" : "");
    }

    /** The file's header, or {@link ImportViewModel#NOT_IMPORTED}. */
    public StringProperty columnProperty() {
        return column;
    }
}
