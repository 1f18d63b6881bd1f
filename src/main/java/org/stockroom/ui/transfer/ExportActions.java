package org.stockroom.ui.transfer;

import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.transfer.ExportFormat;
import org.stockroom.service.transfer.ProductExport;
import org.stockroom.service.transfer.ProductListExport;
import org.stockroom.service.transfer.StockExport;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The product list's Export menu: the list as filtered and sorted, the whole catalogue, or stock by product and
 * location, to a CSV or XLSX file (by the name chosen). A CSV takes this PC's number format: where the decimal mark is a comma (German, French Excel) it is
 * written with decimal commas and {@code ;} between cells, as that Excel opens it; the import reads either.
 */
public final class ExportActions {

    private final ProductExport products;
    private final ProductListExport list;
    private final Supplier<CatalogueQuery> shown;
    private final StockExport stock;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final NumberStyle style;

    public ExportActions(
            ProductExport products,
            ProductListExport list,
            Supplier<CatalogueQuery> shown,
            StockExport stock,
            TaskExecutor executor,
            DialogService dialogs,
            Consumer<String> status,
            DecimalFormatSymbols numbers) {
        this.products = products;
        this.list = list;
        this.shown = shown;
        this.stock = stock;
        this.executor = executor;
        this.dialogs = dialogs;
        this.status = status;
        this.style = numbers.getDecimalSeparator() == ',' ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
    }

    public void exportCatalogue() {
        dialogs.chooseFile("Export the catalogue", true, "csv,xlsx").ifPresent(this::catalogueTo);
    }

    /** The product list as filtered and sorted now, with its figures. */
    public void exportList() {
        CatalogueQuery query = shown.get();
        dialogs.chooseFile("Export the product list as shown", true, "csv,xlsx")
                .ifPresent(file -> run(file, "products", () -> list.write(query, file, ExportFormat.of(file), style)));
    }

    public void exportStock() {
        dialogs.chooseFile("Export stock by location", true, "csv,xlsx").ifPresent(this::stockTo);
    }

    void catalogueTo(Path file) {
        run(file, "products", () -> products.write(file, ExportFormat.of(file), style));
    }

    void stockTo(Path file) {
        run(file, "stock lines", () -> stock.write(file, ExportFormat.of(file), style));
    }

    private void run(Path file, String what, java.util.concurrent.Callable<Long> export) {
        status.accept("Exporting " + what + " to " + file + "...");
        executor.run(
                export,
                n -> status.accept(String.format("Exported %,d %s to %s.", n, what, file)),
                error -> status.accept("Could not export to " + file + ": " + FailureText.of(error)));
    }
}
