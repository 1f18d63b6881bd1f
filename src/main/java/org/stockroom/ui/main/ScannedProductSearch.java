package org.stockroom.ui.main;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.catalogue.PagedList;

/**
 * A scan on a page that takes none: the product it names (by SKU, barcode or GS1 GTIN) is searched for and, once
 * its row is in the list, selected, so the detail pane shows its stock and history. An unknown code is searched
 * for as typed.
 */
final class ScannedProductSearch {

    private final ProductService products;
    private final TaskExecutor executor;
    private final PagedList<ProductRow> rows;
    private final Consumer<ProductRow> select;
    private final ReadOnlyStringWrapper search = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProductRow> selectRequest = new ReadOnlyObjectWrapper<>();
    /** The product a scan found, until its row is in the list and selected. */
    private Long wanted;

    ScannedProductSearch(
            ProductService products, TaskExecutor executor, PagedList<ProductRow> rows, Consumer<ProductRow> select) {
        this.products = products;
        this.executor = executor;
        this.rows = rows;
        this.select = select;
    }

    void scanned(ScannedCode scan) {
        executor.run(
                () -> products.findByAnyCode(scan.productKeys()),
                (Optional<ProductView> found) -> {
                    wanted = found.map(ProductView::id).orElse(null);
                    search.set("");
                    search.set(found.map(product -> product.details().sku()).orElse(scan.text()));
                    rowsChanged();
                },
                error -> search.set(scan.text()));
    }

    /** The list has new rows: the scanned product's may be among them. */
    void rowsChanged() {
        Long id = wanted;
        if (id == null) {
            return;
        }
        int index = rows.indexOfLoaded(row -> row != null && row.id() == id);
        if (index >= 0) {
            wanted = null;
            ProductRow row = rows.get(index);
            select.accept(row);
            selectRequest.set(null);
            selectRequest.set(row);
        }
    }

    /** What a scan asks the search field to show (the view copies it in; the field then searches). */
    ReadOnlyStringProperty searchProperty() {
        return search.getReadOnlyProperty();
    }

    /** A row the table should select and show (a scanned product's). */
    ReadOnlyObjectProperty<ProductRow> selectRequestProperty() {
        return selectRequest.getReadOnlyProperty();
    }
}
