package org.stockroom.service.count;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;

/**
 * Reads a session's lines with what posting would do: the on hand now, and what moved at the line's stock level
 * since its count (the movements that produced a newer level version). The on hand at the count's position is
 * the one less the other; one query for the whole session.
 */
final class CountLines {

    private static final String SELECT = """
            SELECT l.id, l.product_id, p.sku, p.name, loc.code, l.found_in_count, l.counted_quantity, l.counted_by,
                   l.counted_at, l.recount_needed, l.posted_adjustment, p.unit_cost,
                   COALESCE(s.on_hand, 0),
                   (SELECT COALESCE(SUM(m.quantity), 0) FROM movement m
                     WHERE m.product_id = l.product_id AND m.location_id = l.location_id
                       AND m.level_version > l.counted_at_version),
                   (SELECT m.quantity FROM movement m WHERE m.id = l.movement_id),
                   l.counted_at_version
              FROM count_line l
              JOIN product p ON p.id = l.product_id
              JOIN location loc ON loc.id = l.location_id
              LEFT JOIN stock_level s ON s.product_id = l.product_id AND s.location_id = l.location_id
            """;

    private CountLines() {}

    static List<CountLineView> ofSession(SharedSessionContract session, long sessionId, boolean showExpected) {
        return Sql.query(
                session,
                SELECT + " WHERE l.session_id = ? ORDER BY loc.code, p.sku",
                row -> view(row, showExpected),
                sessionId);
    }

    static CountLineView one(SharedSessionContract session, long lineId, boolean showExpected) {
        return Sql.query(session, SELECT + " WHERE l.id = ?", row -> view(row, showExpected), lineId)
                .get(0);
    }

    private static CountLineView view(java.sql.ResultSet row, boolean showExpected) throws java.sql.SQLException {
        Long counted = (Long) row.getObject(7, Long.class);
        Long posted = (Long) row.getObject(11, Long.class);
        BigDecimal unitCost = row.getBigDecimal(12);
        long onHandNow = row.getLong(13);
        long movedIncludingPosting = counted == null ? 0 : row.getLong(14);
        Long postingMovement = (Long) row.getObject(15, Long.class);
        // The line's own posting is a movement after its count too; "moved since" means everyone else's.
        long movedByOthers = movedIncludingPosting - (postingMovement == null ? 0 : postingMovement);
        long expected = onHandNow - movedIncludingPosting;
        Long variance = counted == null ? null : counted - expected;
        OffsetDateTime countedAt = row.getObject(9, OffsetDateTime.class);
        return new CountLineView(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getBoolean(6),
                counted,
                row.getString(8),
                countedAt == null ? null : countedAt.toInstant(),
                (Long) row.getObject(16, Long.class),
                row.getBoolean(10),
                showExpected ? expected : null,
                showExpected && counted != null ? movedByOthers : null,
                showExpected ? variance : null,
                showExpected && variance != null ? unitCost.multiply(BigDecimal.valueOf(variance)) : null,
                posted);
    }
}
