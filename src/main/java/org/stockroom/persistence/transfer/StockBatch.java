package org.stockroom.persistence.transfer;

import static org.stockroom.persistence.transfer.ImportLookups.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.stockroom.persistence.transfer.ImportLookups.StoredLevel;

/**
 * A stock import's ledger writes, batched: the command row first (movements refer to it), then per stock line the
 * level (made if missing), its new balance and version, the movement that records the difference with the balance
 * after it, and the product's totals. The caller has computed each line from the level it read in the same
 * transaction, under the write gate, so nothing else changes it in between.
 */
public final class StockBatch implements AutoCloseable {

    private static final int FLUSH_EVERY = 1000;

    private final Connection c;
    private final String user;
    private final String workstation;
    private final Timestamp now;
    private PreparedStatement newLevel;
    private PreparedStatement level;
    private PreparedStatement movement;
    private PreparedStatement totals;
    private int pending;

    StockBatch(Connection c, String user, String workstation, Timestamp now) {
        this.c = c;
        this.user = user;
        this.workstation = workstation;
        this.now = now;
    }

    /** The import's command row, with its identity (what the key stands for). */
    public void command(String key, String type, String hash, String text) {
        jdbc(() -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO stock_command (idempotency_key, command_type,"
                    + " user_name, recorded_at, command_hash, command_text) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, key);
                s.setString(2, type);
                s.setString(3, user);
                s.setTimestamp(4, now);
                s.setString(5, hash);
                s.setString(6, text);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Sets the level of product at location from {@code before} (null: it has none yet) to {@code onHand},
     * recording the difference as a movement of {@code type}.
     */
    public void line(
            long productId,
            long locationId,
            StoredLevel before,
            long onHand,
            String type,
            String reason,
            String note,
            String key) {
        jdbc(() -> {
            prepare();
            long oldOnHand = before == null ? 0 : before.onHand();
            long version = (before == null ? 0 : before.version()) + 1;
            if (before == null) {
                newLevel.setLong(1, productId);
                newLevel.setLong(2, locationId);
                newLevel.addBatch();
            }
            level.setLong(1, onHand);
            level.setLong(2, version);
            level.setLong(3, productId);
            level.setLong(4, locationId);
            level.addBatch();
            movement.setTimestamp(1, now);
            movement.setString(2, user);
            movement.setString(3, workstation);
            movement.setLong(4, productId);
            movement.setLong(5, locationId);
            movement.setString(6, type);
            movement.setLong(7, onHand - oldOnHand);
            movement.setLong(8, onHand);
            movement.setLong(9, version);
            movement.setString(10, reason);
            movement.setString(11, note);
            movement.setString(12, key);
            movement.addBatch();
            totals.setLong(1, onHand - oldOnHand);
            totals.setLong(2, onHand - oldOnHand);
            totals.setLong(3, productId);
            totals.addBatch();
            if (++pending >= FLUSH_EVERY) {
                flushNow();
            }
            return null;
        });
    }

    private void prepare() throws SQLException {
        if (level != null) {
            return;
        }
        newLevel = c.prepareStatement("INSERT INTO stock_level (product_id, location_id, on_hand, reserved, version)"
                + " VALUES (?, ?, 0, 0, 0)");
        level = c.prepareStatement(
                "UPDATE stock_level SET on_hand = ?, version = ? WHERE product_id = ? AND location_id = ?");
        movement = c.prepareStatement("""
                INSERT INTO movement (occurred_at, user_name, workstation, product_id, location_id, movement_type,
                                      quantity, on_hand_after, level_version, reason, note, command_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        totals = c.prepareStatement("UPDATE product SET on_hand_total = on_hand_total + ?,"
                + " available_total = available_total + ? WHERE id = ?");
    }

    /** Sends what is batched (before a lookup that must see it, and at the end). */
    public void flush() {
        jdbc(() -> {
            flushNow();
            return null;
        });
    }

    private void flushNow() throws SQLException {
        if (level == null || pending == 0) {
            return;
        }
        newLevel.executeBatch();
        level.executeBatch();
        movement.executeBatch();
        totals.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        jdbc(() -> {
            for (PreparedStatement s : new PreparedStatement[] {newLevel, level, movement, totals}) {
                if (s != null) {
                    s.close();
                }
            }
            return null;
        });
    }
}
