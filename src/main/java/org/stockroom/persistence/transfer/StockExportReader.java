package org.stockroom.persistence.transfer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.stockroom.persistence.Dialect;

/** Every stock level holding something, by SKU then location code, streamed from one query: the stock export. */
public final class StockExportReader {

    /** One product at one location, with the product fields a stock file carries beside it. */
    public record Line(
            String sku,
            String name,
            String category,
            String unit,
            BigDecimal unitCost,
            String locationCode,
            String locationName,
            long onHand,
            long reserved) {}

    private final Connection c;
    private final Dialect dialect;

    public StockExportReader(Connection connection, Dialect dialect) {
        this.c = connection;
        this.dialect = dialect;
    }

    public void each(Consumer<Line> sink) {
        ImportLookups.jdbc(() -> {
            dialect.streamResults(c, true);
            try (PreparedStatement s = c.prepareStatement("SELECT p.sku, p.name, p.category, p.unit, p.unit_cost,"
                    + " l.code, l.name, s.on_hand, s.reserved FROM stock_level s"
                    + " JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id"
                    + " WHERE s.on_hand <> 0 ORDER BY p.sku_key, l.code")) {
                s.setFetchSize(1000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(new Line(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getBigDecimal(5),
                                r.getString(6),
                                r.getString(7),
                                r.getLong(8),
                                r.getLong(9)));
                    }
                }
            } finally {
                dialect.streamResults(c, false);
            }
            return null;
        });
    }
}
