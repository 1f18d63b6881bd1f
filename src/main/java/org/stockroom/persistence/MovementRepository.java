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
        int inserted = Sql.update(session, """
                        INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type,
                                              quantity, on_hand_after, level_version, reason, note, command_key)
                        SELECT ?, ?, product_id, location_id, ?, ?, on_hand, version, ?, ?, ?
                          FROM stock_level WHERE product_id = ? AND location_id = ?""",
                m.occurredAt(), m.userName(), m.type().name(), m.quantity(), m.reason(), m.note(), m.commandKey(),
                m.productId(), m.locationId());
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
