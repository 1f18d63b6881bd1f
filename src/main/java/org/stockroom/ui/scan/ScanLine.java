package org.stockroom.ui.scan;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One product on the Scan workspace's list; the quantity can be changed in the table or by typing a number. */
public final class ScanLine {

    private final long productId;
    private final String sku;
    private final String name;
    private final LongProperty quantity = new SimpleLongProperty();
    private final StringProperty note = new SimpleStringProperty();

    ScanLine(long productId, String sku, String name, long quantity, String note) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity.set(quantity);
        this.note.set(note);
    }

    public long productId() {
        return productId;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public LongProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Another scan of the same product: its quantity added, what it carried besides kept in the note. */
    void add(long more, String moreNote) {
        quantity.set(quantity.get() + more);
        if (moreNote != null && !moreNote.equals(note.get())) {
            note.set(note.get() == null ? moreNote : note.get() + "; " + moreNote);
        }
    }
}
