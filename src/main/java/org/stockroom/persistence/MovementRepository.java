package org.stockroom.persistence;

import java.time.Instant;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.MovementType;

/**
 * Appends to the ledger. The movement takes its on-hand-after and version from the stock level row this
 * transaction has just changed, in the same statement: one round trip less while the row is locked.
 */
public final class MovementRepository {

    public void appendFromLevel(SharedSessionContract session, NewMovement m) {
        int inserted = session.createNativeMutationQuery("""
                        INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type,
                                              quantity, on_hand_after, level_version, reason, note, command_key)
                        SELECT :at, :user, product_id, location_id, :type, :quantity, on_hand, version, :reason,
                               :note, :key
                          FROM stock_level WHERE product_id = :product AND location_id = :location""")
                .setParameter("at", m.occurredAt())
                .setParameter("user", m.userName())
                .setParameter("type", m.type().name())
                .setParameter("quantity", m.quantity())
                .setParameter("reason", m.reason())
                .setParameter("note", m.note())
                .setParameter("key", m.commandKey())
                .setParameter("product", m.productId())
                .setParameter("location", m.locationId())
                .executeUpdate();
        if (inserted != 1) {
            throw new IllegalStateException("No stock level for product " + m.productId() + " at location "
                    + m.locationId());
        }
    }

    /** A movement to append; on hand after and version come from the stock level. */
    public record NewMovement(String commandKey, String userName, long productId, long locationId, MovementType type,
            long quantity, String reason, String note, Instant occurredAt) {
    }
}
