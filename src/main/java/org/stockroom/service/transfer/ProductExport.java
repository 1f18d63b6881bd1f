package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.transfer.ProductExportReader;

/**
 * The catalogue as CSV (UTF-8 with BOM, so Excel opens it as UTF-8), with the import's own headers, so that what is
 * exported imports back unchanged: text that a spreadsheet would run as a formula gets a leading {@code '}, which
 * the import takes off again. A decimal comma file uses {@code ;} between cells, as such spreadsheets do.
 */
public final class ProductExport {

    static final List<ImportField> COLUMNS = List.of(
            ImportField.SKU,
            ImportField.NAME,
            ImportField.CATEGORY,
            ImportField.UNIT,
            ImportField.BARCODE,
            ImportField.UNIT_COST,
            ImportField.REORDER_POINT,
            ImportField.ARCHIVED);

    private final Transactions transactions;
    private final Dialect dialect;

    public ProductExport(Transactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    /** Writes every product to {@code target} as CSV; returns how many. */
    public long write(Path target, NumberStyle style) {
        return write(target, ExportFormat.CSV, style);
    }

    /** Writes every product to {@code target} (a private file, whole or not at all); returns how many. */
    public long write(Path target, ExportFormat format, NumberStyle style) {
        List<String> header = COLUMNS.stream().map(ImportField::header).toList();
        return ExportFile.write(target, header, format, style, sheet -> {
            long[] count = {0};
            transactions.read(session -> session.doReturningWork(connection -> {
                new ProductExportReader(connection, dialect).each(p -> {
                    ExportFile.row(
                            sheet,
                            Arrays.asList(
                                    p.sku(),
                                    p.name(),
                                    p.category(),
                                    p.unit(),
                                    p.barcode(),
                                    p.unitCost(),
                                    p.reorderPoint(),
                                    p.archived() ? "yes" : "no"));
                    count[0]++;
                });
                return null;
            }));
            return count[0];
        });
    }
}
