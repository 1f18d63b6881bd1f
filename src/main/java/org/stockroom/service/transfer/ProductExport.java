package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.persistence.PrivateFiles;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.transfer.ProductExportReader;
import org.stockroom.service.SpreadsheetCsv;

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

    public ProductExport(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Writes every product to {@code target} (a private file); returns how many. */
    public long write(Path target, NumberStyle style) {
        long[] count = {0};
        char delimiter = style == NumberStyle.DECIMAL_COMMA ? ';' : ',';
        try (OutputStream out = Files.newOutputStream(PrivateFiles.newFile(target))) {
            SpreadsheetCsv csv = SpreadsheetCsv.withBom(
                    out, COLUMNS.stream().map(ImportField::header).toList(), delimiter);
            transactions.read(session -> session.doReturningWork(connection -> {
                new ProductExportReader(connection).each(p -> {
                    try {
                        csv.row(
                                p.sku(),
                                p.name(),
                                p.category(),
                                p.unit(),
                                p.barcode(),
                                number(p.unitCost(), style),
                                p.reorderPoint(),
                                p.archived() ? "yes" : "no");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
                return null;
            }));
            csv.flush();
        } catch (IOException | UncheckedIOException e) {
            throw FileProblem.of("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return count[0];
    }

    private static String number(BigDecimal d, NumberStyle style) {
        String plain = d.stripTrailingZeros().toPlainString();
        return style == NumberStyle.DECIMAL_COMMA ? plain.replace('.', ',') : plain;
    }
}
