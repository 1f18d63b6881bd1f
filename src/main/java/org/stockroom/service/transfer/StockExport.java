package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.transfer.StockExportReader;

/**
 * Stock by product and location: every level holding something, with the product's name, category, unit and cost
 * beside it, under the import's own headers, so the file imports back as opening stock (creating the products and
 * locations it names, when allowed) into an empty folder. Reserved is for reading; the import lists it as not used.
 */
public final class StockExport {

    static final String RESERVED = "Reserved";

    private final Transactions transactions;
    private final Dialect dialect;

    public StockExport(Transactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    public long write(Path target, ExportFormat format, NumberStyle style) {
        List<String> header = List.of(
                ImportField.SKU.header(),
                ImportField.NAME.header(),
                ImportField.CATEGORY.header(),
                ImportField.UNIT.header(),
                ImportField.UNIT_COST.header(),
                ImportField.LOCATION.header(),
                ImportField.LOCATION_NAME.header(),
                ImportField.QUANTITY.header(),
                RESERVED);
        return ExportFile.write(target, header, format, style, sheet -> {
            long[] count = {0};
            transactions.read(session -> session.doReturningWork(connection -> {
                new StockExportReader(connection, dialect).each(l -> {
                    ExportFile.row(
                            sheet,
                            Arrays.asList(
                                    l.sku(),
                                    l.name(),
                                    l.category(),
                                    l.unit(),
                                    l.unitCost(),
                                    l.locationCode(),
                                    l.locationName(),
                                    l.onHand(),
                                    l.reserved()));
                    count[0]++;
                });
                return null;
            }));
            return count[0];
        });
    }
}
