package org.stockroom.persistence.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.Dialect;

/** Every product in SKU order, streamed from one query (the driver fetches in pages): what an export writes. */
public final class ProductExportReader {

    private final Connection c;
    private final Dialect dialect;

    public ProductExportReader(Connection connection, Dialect dialect) {
        this.c = connection;
        this.dialect = dialect;
    }

    public void each(Consumer<ProductDetails> sink) {
        ImportLookups.jdbc(() -> {
            dialect.streamResults(c, true);
            try (PreparedStatement s = c.prepareStatement("SELECT sku, name, category, unit, barcode, reorder_point,"
                    + " unit_cost, archived FROM product ORDER BY sku_key")) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(new ProductDetails(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5),
                                r.getLong(6),
                                r.getBigDecimal(7),
                                r.getBoolean(8)));
                    }
                }
            } finally {
                dialect.streamResults(c, false);
            }
            return null;
        });
    }
}
