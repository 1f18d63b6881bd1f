package org.stockroom.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A product to take search terms from. */
record SampleProduct(String sku, String name, String category, String barcode) {

    /** About {@code size} products spread over the whole catalogue (every n-th id). */
    static List<SampleProduct> spread(DataSource dataSource, long products, int size) throws SQLException {
        long step = Math.max(1, products / size);
        List<SampleProduct> sample = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT sku, name, category, barcode FROM product WHERE MOD(id, ?) = 0 AND barcode IS NOT NULL"
                                + " FETCH FIRST ? ROWS ONLY")) {
            s.setLong(1, step);
            s.setInt(2, size);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sample.add(new SampleProduct(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            c.commit();
        }
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("The catalogue has no products with barcodes to search for; "
                    + "fill it with `stockroom generate` first");
        }
        return sample;
    }
}
