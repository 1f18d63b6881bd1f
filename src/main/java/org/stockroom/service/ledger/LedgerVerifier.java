package org.stockroom.service.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks the ledger invariants: every stock level's on hand equals the sum of its movements (and no movements
 * exist for a stock level that does not), and its reserved quantity equals the sum of its open reservations.
 * Plain JDBC, reads only, so it runs on any data folder without starting Hibernate or migrating anything.
 */
public final class LedgerVerifier {

    private static final String MOVEMENT_SUMS = """
            SELECT product_id, location_id, SUM(quantity) AS total FROM movement GROUP BY product_id, location_id""";

    private static final String MISMATCHES = """
            SELECT p.sku, l.code, s.on_hand, COALESCE(m.total, 0)
              FROM stock_level s
              JOIN product p ON p.id = s.product_id
              JOIN location l ON l.id = s.location_id
              LEFT JOIN (%1$s) m ON m.product_id = s.product_id AND m.location_id = s.location_id
             WHERE s.on_hand <> COALESCE(m.total, 0)
            UNION ALL
            SELECT p.sku, l.code, 0, m.total
              FROM (%1$s) m
              JOIN product p ON p.id = m.product_id
              JOIN location l ON l.id = m.location_id
             WHERE m.total <> 0 AND NOT EXISTS (SELECT 1 FROM stock_level s
                   WHERE s.product_id = m.product_id AND s.location_id = m.location_id)
             ORDER BY 1, 2""".formatted(MOVEMENT_SUMS);

    private static final String OPEN_RESERVATIONS = """
            SELECT product_id, location_id, SUM(quantity) AS total FROM reservation WHERE status = 'OPEN'
             GROUP BY product_id, location_id""";

    private static final String RESERVED_MISMATCHES = """
            SELECT p.sku, l.code, s.reserved, COALESCE(r.total, 0)
              FROM stock_level s
              JOIN product p ON p.id = s.product_id
              JOIN location l ON l.id = s.location_id
              LEFT JOIN (%s) r ON r.product_id = s.product_id AND r.location_id = s.location_id
             WHERE s.reserved <> COALESCE(r.total, 0)
             ORDER BY 1, 2""".formatted(OPEN_RESERVATIONS);

    /** Products whose kept stock totals (V6) differ from the sums of their stock levels. */
    private static final String TOTAL_MISMATCHES = """
            SELECT p.sku, p.on_hand_total, COALESCE(s.on_hand, 0), p.reserved_total, COALESCE(s.reserved, 0),
                   p.available_total
              FROM product p
              LEFT JOIN (SELECT product_id, SUM(on_hand) AS on_hand, SUM(reserved) AS reserved FROM stock_level
                          GROUP BY product_id) s ON s.product_id = p.id
             WHERE p.on_hand_total <> COALESCE(s.on_hand, 0) OR p.reserved_total <> COALESCE(s.reserved, 0)
                OR p.available_total <> COALESCE(s.on_hand, 0) - COALESCE(s.reserved, 0)
             ORDER BY 1""";

    private final DataSource dataSource;

    public LedgerVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public VerificationReport verify() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            List<LedgerMismatch> mismatches = new ArrayList<>();
            collect(statement, MISMATCHES, LedgerMismatch.Figure.ON_HAND, mismatches);
            collect(statement, RESERVED_MISMATCHES, LedgerMismatch.Figure.RESERVED, mismatches);
            if (hasProductTotals(statement)) {
                collectTotals(statement, mismatches);
            }
            long upTo = latest(statement); // read first: a movement added while checking is checked next time
            return new VerificationReport(
                    count(statement, "stock_level"), count(statement, "movement"), mismatches, upTo);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the ledger: " + e.getMessage(), e);
        }
    }

    /**
     * The newest movement's id (0 for an empty ledger): the ledger is append-only, so a larger id means it has
     * changed. One read of the primary key's end; cheap enough to ask every few seconds.
     */
    public long latestMovementId() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            return latest(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the ledger: " + e.getMessage(), e);
        }
    }

    private static long latest(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM movement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void collect(
            Statement statement, String sql, LedgerMismatch.Figure figure, List<LedgerMismatch> into)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                into.add(new LedgerMismatch(rs.getString(1), rs.getString(2), figure, rs.getLong(3), rs.getLong(4)));
            }
        }
    }

    private static void collectTotals(Statement statement, List<LedgerMismatch> into) throws SQLException {
        try (ResultSet rs = statement.executeQuery(TOTAL_MISMATCHES)) {
            while (rs.next()) {
                String sku = rs.getString(1);
                long onHand = rs.getLong(3);
                long reserved = rs.getLong(5);
                addIfDifferent(into, sku, LedgerMismatch.Figure.TOTAL_ON_HAND, rs.getLong(2), onHand);
                addIfDifferent(into, sku, LedgerMismatch.Figure.TOTAL_RESERVED, rs.getLong(4), reserved);
                addIfDifferent(into, sku, LedgerMismatch.Figure.TOTAL_AVAILABLE, rs.getLong(6), onHand - reserved);
            }
        }
    }

    private static void addIfDifferent(
            List<LedgerMismatch> into, String sku, LedgerMismatch.Figure figure, long stored, long expected) {
        if (stored != expected) {
            into.add(new LedgerMismatch(sku, LedgerMismatch.ALL_LOCATIONS, figure, stored, expected));
        }
    }

    /** A folder from before schema version 6 has no kept totals; the verifier reads any folder as it is. */
    private static boolean hasProductTotals(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_NAME) = 'PRODUCT' AND UPPER(COLUMN_NAME) = 'ON_HAND_TOTAL'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What a verification found. */
    public record VerificationReport(
            long stockLevels, long movements, List<LedgerMismatch> mismatches, long upToMovementId) {

        public boolean consistent() {
            return mismatches.isEmpty();
        }
    }
}
