package org.stockroom.ui.main;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.scan.ScannedCode;

/**
 * The window's pages in sidebar order, Products first, and which one shows. Showing a page runs its "on show";
 * a scan goes to the page showing (or, where it takes none, to the product search); signing out tells every page.
 */
public final class PageRegistry {

    private final WindowPage products;
    private final ObservableList<WindowPage> pages = FXCollections.observableArrayList();
    private final ObjectProperty<WindowPage> current;

    PageRegistry(WindowPage products) {
        this.products = products;
        this.pages.add(products);
        this.current = new SimpleObjectProperty<>(products);
        current.addListener((o, was, now) -> now.shown());
    }

    /** Adds pages after Products, in sidebar order (from the composition root, which builds their models). */
    public void add(List<WindowPage> more) {
        pages.addAll(more);
    }

    /** Every page, Products first. */
    public ObservableList<WindowPage> all() {
        return FXCollections.unmodifiableObservableList(pages);
    }

    public WindowPage products() {
        return products;
    }

    /** Shows the page with {@code key} ("counts"), if there is one. */
    public void show(String key) {
        pages.stream().filter(p -> p.key().equals(key)).findFirst().ifPresent(current::set);
    }

    public ObjectProperty<WindowPage> currentProperty() {
        return current;
    }

    /** False where keys typed fast are typing (a file path on the Import page, the Scanner page's test). */
    public boolean takesScans() {
        return current.get().takesScans();
    }

    /** Hands the scan to the page showing; false when that page takes none (the product search does). */
    boolean dispatch(ScannedCode scan) {
        Consumer<ScannedCode> handler = current.get().scanHandler();
        if (handler == null) {
            return false;
        }
        handler.accept(scan);
        return true;
    }

    void signedOut() {
        pages.forEach(WindowPage::signedOut);
    }
}
