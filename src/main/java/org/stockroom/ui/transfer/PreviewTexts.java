package org.stockroom.ui.transfer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stockroom.service.transfer.ImportReport;

/**
 * What the Import page's labels and tabs say about the latest check or import, as properties the view binds (the
 * view reads no report itself). {@link #firstOfItsFile} turns true for the first check of a file as a kind: the view
 * then opens the tab that matters, and leaves the user's tab alone on the re-checks after a change.
 */
public final class PreviewTexts {

    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper products = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper locations = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unused = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejectsTitle = new ReadOnlyStringWrapper("Rejected rows");
    private final ReadOnlyStringWrapper changesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyRejected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMapping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper firstOfItsFile = new ReadOnlyBooleanWrapper();
    private String shownFor;

    PreviewTexts() {
        show(null);
    }

    void show(ImportReport r) {
        facts.set(ImportTexts.facts(r));
        summary.set(r == null ? "Check a file to see what importing it would do." : ImportTexts.summary(r));
        products.set(ImportTexts.products(r));
        locations.set(ImportTexts.locations(r));
        unused.set(ImportTexts.unused(r));
        long rejected = r == null ? 0 : r.rowsRejected();
        rejectsTitle.set(rejected == 0 ? "Rejected rows" : String.format("Rejected rows (%,d)", rejected));
        changesTitle.set(
                r != null && r.written()
                        ? "Changes made, field by field"
                        : "Changes to what is stored, field by field");
        anyRejected.set(rejected > 0);
        hasMapping.set(r != null && r.mapping() != null);
        String key = r == null ? null : r.fileName() + " as " + r.kind();
        boolean first = r != null && !r.written() && !key.equals(shownFor);
        if (first) {
            shownFor = key;
        }
        firstOfItsFile.set(false);
        firstOfItsFile.set(first);
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty productsProperty() {
        return products.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationsProperty() {
        return locations.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unusedProperty() {
        return unused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectsTitleProperty() {
        return rejectsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changesTitleProperty() {
        return changesTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyRejectedProperty() {
        return anyRejected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMappingProperty() {
        return hasMapping.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstOfItsFileProperty() {
        return firstOfItsFile.getReadOnlyProperty();
    }
}
