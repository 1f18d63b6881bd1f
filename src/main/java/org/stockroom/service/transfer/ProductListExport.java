package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.catalogue.ProductCatalogue;

/**
 * The product list as the window shows it: its filter (text, category, location, low stock, archived) and its
 * sort, every matching row, with the figures its columns show. The product columns keep the import's headers, so
 * the file also imports back as products (the stock figures are then listed as not used).
 */
public final class ProductListExport {

    static final List<String> HEADER = List.of(
            ImportField.SKU.header(),
            ImportField.NAME.header(),
            ImportField.CATEGORY.header(),
            ImportField.UNIT.header(),
            "On hand",
            "Reserved",
            "Available",
            ImportField.REORDER_POINT.header(),
            "Low stock",
            ImportField.ARCHIVED.header());

    private final ProductCatalogue catalogue;

    public ProductListExport(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public long write(CatalogueQuery query, Path target, ExportFormat format, NumberStyle style) {
        return ExportFile.write(
                target,
                HEADER,
                format,
                style,
                sheet -> catalogue.forEach(
                        query,
                        row -> ExportFile.row(
                                sheet,
                                Arrays.asList(
                                        row.sku(),
                                        row.name(),
                                        row.category(),
                                        row.unit(),
                                        row.onHand(),
                                        row.reserved(),
                                        row.available(),
                                        row.reorderPoint(),
                                        row.lowStock() ? "yes" : "no",
                                        row.archived() ? "yes" : "no"))));
    }
}
