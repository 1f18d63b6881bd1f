package org.stockroom.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Creates the benchmark catalogue with batch inserts, ledger included, and reads balances back. */
final class BenchData {

    static final String KEY_PREFIX = "bench-seed-";

    private BenchData() {}

    /** Products BENCH-000000.. with {@code onHand} each at MAIN, each through one RECEIVE movement. */
    static long[] create(DataSource dataSource, int products, long onHand) throws SQLException {
        long mainId;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM location WHERE code = 'MAIN'")) {
            rs.next();
            mainId = rs.getLong(1);
        }
        Timestamp now = Timestamp.from(Instant.now());
        long[] ids = new long[products];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement product = c.prepareStatement("""
                    INSERT INTO product (sku, sku_key, name, category, unit, reorder_point, unit_cost, archived,
                                         version, created_at, updated_at, on_hand_total, available_total)
                    VALUES (?, ?, ?, 'Bench', 'each', 0, 0, FALSE, 0, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < products; i++) {
                    String sku = String.format("BENCH-%06d", i);
                    product.setString(1, sku);
                    product.setString(2, sku);
                    product.setString(3, "Benchmark item " + i);
                    product.setTimestamp(4, now);
                    product.setTimestamp(5, now);
                    product.setLong(6, onHand);
                    product.setLong(7, onHand);
                    product.addBatch();
                    if (i % 5000 == 4999 || i == products - 1) {
                        product.executeBatch();
                        int from = i - (i % 5000);
                        try (ResultSet keys = product.getGeneratedKeys()) {
                            for (int k = from; keys.next(); k++) {
                                ids[k] = keys.getLong(1);
                            }
                        }
                    }
                }
            }
            try (PreparedStatement command = c.prepareStatement(
                            "INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at) "
                                    + "VALUES (?, 'RECEIVE', 'bench', ?)");
                    PreparedStatement level = c.prepareStatement("INSERT INTO stock_level (product_id, location_id,"
                            + " on_hand, reserved, version) VALUES (?, ?, ?, 0, 1)");
                    PreparedStatement movement = c.prepareStatement("""
                            INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type,
                                                  quantity, on_hand_after, level_version, command_key)
                            VALUES (?, 'bench', ?, ?, 'RECEIVE', ?, ?, 1, ?)""")) {
                for (int i = 0; i < products; i++) {
                    String key = KEY_PREFIX + ids[i];
                    command.setString(1, key);
                    command.setTimestamp(2, now);
                    command.addBatch();
                    level.setLong(1, ids[i]);
                    level.setLong(2, mainId);
                    level.setLong(3, onHand);
                    level.addBatch();
                    movement.setTimestamp(1, now);
                    movement.setLong(2, ids[i]);
                    movement.setLong(3, mainId);
                    movement.setLong(4, onHand);
                    movement.setLong(5, onHand);
                    movement.setString(6, key);
                    movement.addBatch();
                    if (i % 5000 == 4999 || i == products - 1) {
                        command.executeBatch();
                        level.executeBatch();
                        movement.executeBatch();
                    }
                }
            }
            c.commit();
        }
        return ids;
    }

    static long mainLocationId(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM location WHERE code = 'MAIN'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<Long, Long> onHand(DataSource dataSource) {
        Map<Long, Long> result = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT product_id, on_hand FROM stock_level")) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    static long oversold(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM stock_level WHERE on_hand < 0 OR reserved > on_hand OR reserved < 0")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
