package org.stockroom.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.stockroom.persistence.Transactions;

/**
 * The same work written by hand in plain JDBC on the same database and pool: the command row, the conditional
 * UPDATE of the balance and the ledger INSERT, in one transaction. The fastest correct path on this database.
 */
final class JdbcPath extends DatabasePath {

    private final long locationId;

    private final Transactions transactions;

    /**
     * {@code transactions} gives the same write gate and durable acknowledgement as the service's commands, so
     * the two paths do the same durable work and differ only in the code around the statements.
     */
    JdbcPath(DataSource dataSource, Transactions transactions, long locationId) {
        super(dataSource);
        this.transactions = transactions;
        this.locationId = locationId;
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public boolean issue(long productId, long quantity) {
        return delta(productId, -quantity, "ISSUE");
    }

    @Override
    public void refill(long productId, long quantity) {
        delta(productId, quantity, "RECEIVE");
    }

    private boolean delta(long productId, long delta, String type) {
        return retrying(c -> {
            String key = command(c, type, null);
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE stock_level SET on_hand = on_hand + ?, version = version + 1
                     WHERE product_id = ? AND location_id = ? AND on_hand - reserved + ? >= 0""")) {
                update.setLong(1, delta);
                update.setLong(2, productId);
                update.setLong(3, locationId);
                update.setLong(4, delta);
                if (update.executeUpdate() == 0) {
                    refused(c, key);
                    return false;
                }
            }
            totals(c, productId, delta, 0);
            long onHand;
            long version;
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT on_hand, version FROM stock_level WHERE product_id = ? AND location_id = ?")) {
                read.setLong(1, productId);
                read.setLong(2, locationId);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    onHand = rs.getLong(1);
                    version = rs.getLong(2);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type, quantity,
                                          on_hand_after, level_version, command_key)
                    VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setTimestamp(1, Timestamp.from(Instant.now()));
                insert.setLong(2, productId);
                insert.setLong(3, locationId);
                insert.setString(4, type);
                insert.setLong(5, delta);
                insert.setLong(6, onHand);
                insert.setLong(7, version);
                insert.setString(8, key);
                insert.executeUpdate();
            }
            c.commit();
            return true;
        });
    }

    @Override
    public long reserve(long productId, long quantity) {
        return retrying(c -> {
            String key = command(c, "RESERVE", null);
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE stock_level SET reserved = reserved + ?, version = version + 1
                     WHERE product_id = ? AND location_id = ? AND on_hand - reserved >= ?""")) {
                update.setLong(1, quantity);
                update.setLong(2, productId);
                update.setLong(3, locationId);
                update.setLong(4, quantity);
                if (update.executeUpdate() == 0) {
                    refused(c, key);
                    return -1L;
                }
            }
            totals(c, productId, 0, quantity);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO reservation (product_id, location_id, quantity, reference, status, user_name,
                                             created_at, command_key)
                    VALUES (?, ?, ?, 'BENCH', 'OPEN', 'bench', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, productId);
                insert.setLong(2, locationId);
                insert.setLong(3, quantity);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setString(5, key);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    c.commit();
                    return id;
                }
            }
        });
    }

    @Override
    public void release(long productId, long handle, long quantity) {
        retrying(c -> {
            String key = command(c, "RELEASED", handle);
            try (PreparedStatement close =
                    c.prepareStatement("UPDATE reservation SET status = 'RELEASED', closed_at = ?, closed_by = 'bench' "
                            + "WHERE id = ? AND status = 'OPEN'")) {
                close.setTimestamp(1, Timestamp.from(Instant.now()));
                close.setLong(2, handle);
                if (close.executeUpdate() == 0) {
                    refused(c, key);
                    return false;
                }
            }
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE stock_level SET reserved = reserved - ?, version = version + 1
                     WHERE product_id = ? AND location_id = ? AND reserved >= ?""")) {
                update.setLong(1, quantity);
                update.setLong(2, productId);
                update.setLong(3, locationId);
                update.setLong(4, quantity);
                update.executeUpdate();
            }
            totals(c, productId, 0, -quantity);
            c.commit();
            return true;
        });
    }

    /** As the service does: a refusal wrote nothing but its key, which it removes, then COMMIT (decision 0004). */
    private static void refused(Connection c, String key) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM stock_command WHERE idempotency_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
        c.commit();
    }

    private static void totals(Connection c, long productId, long onHand, long reserved) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE product SET on_hand_total = on_hand_total + ?,"
                + " reserved_total = reserved_total + ?, available_total = available_total + ? WHERE id = ?")) {
            update.setLong(1, onHand);
            update.setLong(2, reserved);
            update.setLong(3, onHand - reserved);
            update.setLong(4, productId);
            update.executeUpdate();
        }
    }

    private static String command(Connection c, String type, Long reservationId) throws SQLException {
        String key = UUID.randomUUID().toString();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO stock_command (idempotency_key, "
                + "command_type, user_name, recorded_at, reservation_id) VALUES (?, ?, 'bench', ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, type);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setObject(4, reservationId);
            insert.executeUpdate();
        }
        return key;
    }

    /** Same policy as the service: one writer at a time, synced before it counts, lock timeouts retried. */
    private <T> T retrying(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            attempts.attempt();
            try {
                T result = transactions.exclusive(() -> once(work));
                attempts.success();
                return result;
            } catch (UncheckedSql e) {
                if (!transactions.errors().isLockConflict(e.getCause()) || attempt >= 3) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private <T> T once(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** A statement's failure carried out of the write gate's supplier. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
