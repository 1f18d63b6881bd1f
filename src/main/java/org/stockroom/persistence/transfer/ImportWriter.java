package org.stockroom.persistence.transfer;

import static org.stockroom.persistence.transfer.ImportLookups.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.stockroom.domain.catalogue.SearchText;
import org.stockroom.domain.product.Product;
import org.stockroom.domain.product.ProductDetails;

/**
 * The writes of one import, in JDBC batches on the connection of its one transaction: products with their search
 * words and audit rows (one audit revision for the whole import, by who imported), locations, the command row and
 * the stock movements with their balances. Nothing here commits; the service's transaction does, or rolls back.
 */
public final class ImportWriter implements AutoCloseable {

    private final Connection c;
    private final String user;
    private final String workstation;
    private final Timestamp now;
    private Long revision;
    private final StockBatch stock;

    public ImportWriter(Connection connection, String user, String workstation, Instant now) {
        this.c = connection;
        this.user = user;
        this.workstation = workstation;
        this.now = Timestamp.from(now);
        this.stock = new StockBatch(connection, user, workstation, this.now);
    }

    /** The import's audit revision, made when it first changes an audited row. */
    private long revision() {
        if (revision == null) {
            revision = jdbc(() -> {
                long id;
                try (Statement s = c.createStatement();
                        ResultSet r =
                                s.executeQuery(org.stockroom.persistence.Sql.nextValueQuery(c, "audit_revision_seq"))) {
                    r.next();
                    id = r.getLong(1);
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_revision (id, occurred_at, user_name,"
                        + " workstation) VALUES (?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setLong(2, now.getTime());
                    s.setString(3, user);
                    s.setString(4, workstation);
                    s.executeUpdate();
                }
                return id;
            });
        }
        return revision;
    }

    /** Inserts the products and returns their ids, in order. */
    public long[] insertProducts(List<ProductDetails> products) {
        if (products.isEmpty()) {
            return new long[0];
        }
        long[] ids = new long[products.size()];
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO product (sku, sku_key, name, category, unit, barcode, reorder_point, unit_cost,
                                         archived, archived_key, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", org.stockroom.persistence.Sql.idColumn(c))) {
                for (ProductDetails d : products) {
                    bindDetails(s, d);
                    s.setTimestamp(11, now);
                    s.setTimestamp(12, now);
                    s.addBatch();
                }
                s.executeBatch();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        ids[i] = keys.getLong(1);
                    }
                }
            }
            return null;
        });
        words(ids, products, false);
        audit(ids, products, 0);
        return ids;
    }

    /** Saves new details over these products (version advances); words re-indexed, audited as changes. */
    public void updateProducts(long[] ids, List<ProductDetails> products) {
        if (products.isEmpty()) {
            return;
        }
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE product SET sku = ?, sku_key = ?, name = ?, category = ?, unit = ?, barcode = ?,
                           reorder_point = ?, unit_cost = ?, archived = ?, archived_key = ?, version = version + 1,
                           updated_at = ? WHERE id = ?""")) {
                for (int i = 0; i < ids.length; i++) {
                    bindDetails(s, products.get(i));
                    s.setTimestamp(11, now);
                    s.setLong(12, ids[i]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        words(ids, products, true);
        audit(ids, products, 1);
    }

    private static void bindDetails(PreparedStatement s, ProductDetails d) throws java.sql.SQLException {
        String key = Product.skuKeyOf(d.sku());
        s.setString(1, d.sku());
        s.setString(2, key);
        s.setString(3, d.name());
        s.setString(4, d.category());
        s.setString(5, d.unit());
        s.setString(6, d.barcode());
        s.setLong(7, d.reorderPoint());
        s.setBigDecimal(8, d.unitCost());
        s.setBoolean(9, d.archived());
        s.setString(10, d.archived() ? key : null);
    }

    private void words(long[] ids, List<ProductDetails> products, boolean replace) {
        jdbc(() -> {
            if (replace) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM product_word WHERE product_id = ?")) {
                    for (long id : ids) {
                        s.setLong(1, id);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO product_word (word, product_id, sku_key) VALUES (?, ?, ?)")) {
                for (int i = 0; i < ids.length; i++) {
                    for (String w : SearchText.words(products.get(i).name())) {
                        s.setString(1, w);
                        s.setLong(2, ids[i]);
                        s.setString(3, Product.skuKeyOf(products.get(i).sku()));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private void audit(long[] ids, List<ProductDetails> products, int revType) {
        long rev = revision();
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO product_aud (id, rev, revtype, sku, name, category, unit, barcode, reorder_point,
                                             unit_cost, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < ids.length; i++) {
                    ProductDetails d = products.get(i);
                    s.setLong(1, ids[i]);
                    s.setLong(2, rev);
                    s.setInt(3, revType);
                    s.setString(4, d.sku());
                    s.setString(5, d.name());
                    s.setString(6, d.category());
                    s.setString(7, d.unit());
                    s.setString(8, d.barcode());
                    s.setLong(9, d.reorderPoint());
                    s.setBigDecimal(10, d.unitCost());
                    s.setBoolean(11, d.archived());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Adds a location (audited) and returns its id. */
    public long insertLocation(String code, String name) {
        long id = jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO location (code, name, version) VALUES (?, ?, 0)",
                    org.stockroom.persistence.Sql.idColumn(c))) {
                s.setString(1, code);
                s.setString(2, name);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        auditLocation(id, code, name, 0);
        return id;
    }

    public void renameLocation(long id, String code, String name) {
        jdbc(() -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE location SET name = ?, version = version + 1 WHERE id = ?")) {
                s.setString(1, name);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
        auditLocation(id, code, name, 1);
    }

    private void auditLocation(long id, String code, String name, int revType) {
        long rev = revision();
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO location_aud (id, rev, revtype, code, name) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, rev);
                s.setInt(3, revType);
                s.setString(4, code);
                s.setString(5, name);
                return s.executeUpdate();
            }
        });
    }

    /** The stock half: the command row and the movements. */
    public StockBatch stock() {
        return stock;
    }

    @Override
    public void close() {
        stock.close();
    }
}
