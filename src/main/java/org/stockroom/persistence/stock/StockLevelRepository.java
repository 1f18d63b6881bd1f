package org.stockroom.persistence.stock;

import java.util.List;
import java.util.Optional;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.stock.StockLevel;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;

/**
 * Stock balances. Quantity changes are single conditional UPDATE statements: the database checks and changes
 * the balance under its row lock, so concurrent issues can never oversell and no caller ever retries.
 */
public final class StockLevelRepository {

    private final Transactions transactions;

    public StockLevelRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Adds {@code delta} (negative to take away) unless that would leave less on hand than is reserved.
     * Advances the version, so a count based on an older view sees the change. Returns false if refused
     * or if the stock level does not exist.
     */
    public boolean applyDelta(SharedSessionContract session, long productId, long locationId, long delta) {
        return Sql.update(session, """
                UPDATE stock_level SET on_hand = on_hand + ?, version = version + 1
                 WHERE product_id = ? AND location_id = ? AND on_hand - reserved + ? >= 0""", delta, productId, locationId, delta) == 1
                && addToTotals(session, productId, delta, 0);
    }

    /**
     * Locks the stock level's row ({@code SELECT ... FOR UPDATE}) and returns its state: what a check reads
     * before the command writes anything, so that a refusal has written nothing (decision 0004).
     */
    public Optional<LevelState> lock(SharedSessionContract session, long productId, long locationId) {
        return Sql.query(
                        session,
                        "SELECT " + LevelState.COLUMNS + " FROM stock_level"
                                + " WHERE product_id = ? AND location_id = ?"
                                + (transactions.guarded() ? " FOR UPDATE" : ""),
                        LevelState.ROW,
                        productId,
                        locationId)
                .stream()
                .findFirst();
    }

    /**
     * Sets on hand to {@code onHand} if the level is still at {@code version} (the caller has locked it, so it
     * is); the version advances either way, and the product's totals follow.
     */
    public boolean setOnHand(
            SharedSessionContract session,
            long productId,
            long locationId,
            long version,
            long onHand,
            long previousOnHand) {
        return Sql.update(session, """
                UPDATE stock_level SET on_hand = ?, version = version + 1
                 WHERE product_id = ? AND location_id = ? AND version = ?""", onHand, productId, locationId, version) == 1
                && addToTotals(session, productId, onHand - previousOnHand, 0);
    }

    /**
     * Keeps {@code product}'s stock totals equal to the sums of its levels, in the same transaction as the
     * level's change; the ledger verifier checks them.
     */
    private static boolean addToTotals(SharedSessionContract session, long productId, long onHand, long reserved) {
        if (onHand == 0 && reserved == 0) {
            return true;
        }
        if (Sql.update(session, """
                UPDATE product SET on_hand_total = on_hand_total + ?, reserved_total = reserved_total + ?,
                       available_total = available_total + ? WHERE id = ?""", onHand, reserved, onHand - reserved, productId) != 1) {
            throw new IllegalStateException("No product " + productId + " for its stock level");
        }
        return true;
    }

    /** Holds {@code quantity} more for a reservation, unless that would reserve more than is on hand. */
    public boolean reserve(SharedSessionContract session, long productId, long locationId, long quantity) {
        return Sql.update(session, """
                UPDATE stock_level SET reserved = reserved + ?, version = version + 1
                 WHERE product_id = ? AND location_id = ? AND on_hand - reserved >= ?""", quantity, productId, locationId, quantity) == 1
                && addToTotals(session, productId, 0, quantity);
    }

    /** Stops holding {@code quantity} (a reservation was released or expired). */
    public boolean unreserve(SharedSessionContract session, long productId, long locationId, long quantity) {
        return Sql.update(session, """
                UPDATE stock_level SET reserved = reserved - ?, version = version + 1
                 WHERE product_id = ? AND location_id = ? AND reserved >= ?""", quantity, productId, locationId, quantity) == 1
                && addToTotals(session, productId, 0, -quantity);
    }

    /** Takes reserved stock out: on hand and reserved both drop by {@code quantity}. */
    public boolean issueReserved(SharedSessionContract session, long productId, long locationId, long quantity) {
        return Sql.update(session, """
                UPDATE stock_level SET on_hand = on_hand - ?, reserved = reserved - ?, version = version + 1
                 WHERE product_id = ? AND location_id = ? AND reserved >= ?""", quantity, quantity, productId, locationId, quantity) == 1
                && addToTotals(session, productId, -quantity, -quantity);
    }

    public Optional<LevelState> read(SharedSessionContract session, long productId, long locationId) {
        List<Object[]> rows = session.createNativeQuery("""
                        SELECT on_hand, reserved, version FROM stock_level
                         WHERE product_id = :product AND location_id = :location""", Object[].class)
                .setParameter("product", productId)
                .setParameter("location", locationId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new LevelState(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }

    public Optional<StockLevel> find(SharedSessionContract session, long productId, long locationId) {
        return session.createSelectionQuery(
                        "from StockLevel where productId = :product and locationId = :location", StockLevel.class)
                .setParameter("product", productId)
                .setParameter("location", locationId)
                .uniqueResultOptional();
    }

    /**
     * Makes sure a zero stock level exists, in its own short transaction so that two first receipts racing
     * for the same new row do not fail each other's command: the loser of the insert just finds the row.
     */
    public void ensureExists(long productId, long locationId) {
        if (exists(productId, locationId)) {
            return;
        }
        try {
            transactions.inTransaction(session -> session.createNativeMutationQuery("""
                            INSERT INTO stock_level (product_id, location_id, on_hand, reserved, version)
                            SELECT :product, :location, 0, 0, 0 FROM location
                             WHERE id = :location AND NOT EXISTS (SELECT 1 FROM stock_level
                                   WHERE product_id = :product AND location_id = :location)""")
                    .setParameter("product", productId)
                    .setParameter("location", locationId)
                    .executeUpdate());
        } catch (RuntimeException e) {
            if (!transactions.errors().violates(e, "UQ_STOCK_LEVEL")) {
                throw e;
            }
        }
    }

    private boolean exists(long productId, long locationId) {
        return transactions.read(session -> session.createNativeQuery("""
                        SELECT COUNT(*) FROM stock_level WHERE product_id = :product AND location_id = :location""", Long.class)
                        .setParameter("product", productId)
                        .setParameter("location", locationId)
                        .getSingleResult())
                > 0;
    }
}
