package org.stockroom.service.count;

import java.util.Optional;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;

/** What a count line holds that the next count of it must know: whether it awaits a recount, and by whom it was counted. */
record LineState(long id, boolean recountNeeded, String countedBy) {

    static Optional<LineState> find(SharedSessionContract session, long sessionId, long productId, long locationId) {
        return Sql.query(
                        session,
                        """
                        SELECT id, recount_needed, counted_by FROM count_line
                         WHERE session_id = ? AND product_id = ? AND location_id = ?""",
                        row -> new LineState(row.getLong(1), row.getBoolean(2), row.getString(3)),
                        sessionId,
                        productId,
                        locationId)
                .stream()
                .findFirst();
    }
}
