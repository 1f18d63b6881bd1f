package org.stockroom.persistence.transfer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.product.ProductDetails;

/**
 * What an import compares its rows with, read in chunks through the session of the run (so a commit sees what it
 * has written itself): products by SKU key or barcode, all locations, stock levels, an earlier import's key.
 */
public final class ImportLookups {

    /** A product as stored. */
    public record StoredProduct(long id, ProductDetails details) {}

    /** A location as stored. */
    public record StoredLocation(long id, String code, String name) {}

    /** A stock level as stored. */
    public record StoredLevel(long onHand, long reserved, long version) {}

    /** The command an import key was recorded for. */
    public record StoredCommand(String type, String text, String user, java.time.Instant at) {}

    private static final int IN_LIST = 500;

    private final Connection c;

    /** Over the connection of the run's transaction (a read for a dry run, the write for a commit). */
    public ImportLookups(Connection connection) {
        this.c = connection;
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> T jdbc(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Import lookup failed: " + e.getMessage(), e);
        }
    }

    public Map<String, StoredProduct> productsBySkuKey(Collection<String> keys) {
        return products("sku_key", keys);
    }

    public Map<String, StoredProduct> productsByBarcode(Collection<String> barcodes) {
        return products("barcode", barcodes);
    }

    private Map<String, StoredProduct> products(String column, Collection<String> values) {
        Map<String, StoredProduct> found = new HashMap<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String sql = "SELECT id, sku, name, category, unit, barcode, reorder_point, unit_cost, archived, " + column
                    + " FROM product WHERE " + column + " IN (" + marks(part.size()) + ")";
            jdbc(() -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < part.size(); i++) {
                        s.setString(i + 1, part.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            ProductDetails d = new ProductDetails(
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6),
                                    r.getLong(7),
                                    r.getBigDecimal(8) == null ? BigDecimal.ZERO : r.getBigDecimal(8),
                                    r.getBoolean(9));
                            found.put(r.getString(10), new StoredProduct(r.getLong(1), d));
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    /** Every location by its code (a site has tens or hundreds, never millions). */
    public Map<String, StoredLocation> locations() {
        Map<String, StoredLocation> found = new HashMap<>();
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, code, name FROM location");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(2), new StoredLocation(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
            return null;
        });
        return found;
    }

    /** The levels of these (product id, location id) pairs that exist, keyed as {@link #pair}. */
    public Map<Long, StoredLevel> levels(long locationId, Collection<Long> productIds) {
        Map<Long, StoredLevel> found = new HashMap<>();
        List<Long> all = new ArrayList<>(productIds);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String sql = "SELECT product_id, on_hand, reserved, version FROM stock_level WHERE location_id = ?"
                    + " AND product_id IN (" + marks(part.size()) + ")";
            jdbc(() -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, locationId);
                    for (int i = 0; i < part.size(); i++) {
                        s.setLong(i + 2, part.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            found.put(r.getLong(1), new StoredLevel(r.getLong(2), r.getLong(3), r.getLong(4)));
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    /** The command recorded under {@code key}, if any. */
    public java.util.Optional<StoredCommand> command(String key) {
        return jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("SELECT command_type, command_text, user_name, recorded_at"
                    + " FROM stock_command WHERE idempotency_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next()
                            ? java.util.Optional.of(new StoredCommand(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getObject(4, java.time.OffsetDateTime.class)
                                            .toInstant()))
                            : java.util.Optional.<StoredCommand>empty();
                }
            }
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
