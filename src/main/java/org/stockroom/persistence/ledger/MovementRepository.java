package org.stockroom.persistence.ledger;

import java.time.Instant;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.stock.LevelState;

/**
 * Appends to the ledger. The movement takes its on-hand-after and version from the stock level row this
 * transaction has just changed, in the same statement: one round trip less while the row is locked.
 */
public final class MovementRepository {

    /** Appends the movement and returns its id with the stock level's on hand and version after it. */
    public Appended appendFromLevel(SharedSessionContract session, NewMovement m) {
        long id = Sql.insertReturningId(
                session,
                """
                        INSERT INTO movement (occurred_at, user_name, workstation, product_id, location_id, movement_type,
                                              quantity, on_hand_after, level_version, reason, note, command_key)
                        SELECT ?, ?, ?, product_id, location_id, ?, ?, on_hand, version, ?, ?, ?
                          FROM stock_level WHERE product_id = ? AND location_id = ?""",
                m.occurredAt(),
                m.userName(),
                m.workstation(),
                m.type().name(),
                m.quantity(),
                m.reason(),
                m.note(),
                m.commandKey(),
                m.productId(),
                m.locationId());
        LevelState after = Sql.query(
                        session,
                        "SELECT " + LevelState.COLUMNS + " FROM stock_level "
                                + "WHERE product_id = ? AND location_id = ?",
                        LevelState.ROW,
                        m.productId(),
                        m.locationId())
                .get(0);
        return new Appended(id, after.onHand(), after.version());
    }

    /** What the ledger row got: its id, and the balance it recorded. */
    public record Appended(long id, long onHandAfter, long levelVersion) {}

    /** A movement to append; on hand after and version come from the stock level. */
    public record NewMovement(
            String commandKey,
            String userName,
            String workstation,
            long productId,
            long locationId,
            MovementType type,
            long quantity,
            String reason,
            String note,
            Instant occurredAt) {}
}
