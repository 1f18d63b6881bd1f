package org.stockroom.persistence.stock;

import org.stockroom.persistence.Sql;

/** A stock level's numbers as read inside the current transaction. */
public record LevelState(long onHand, long reserved, long version) {

    /** The columns {@link #ROW} reads, in its order. */
    public static final String COLUMNS = "on_hand, reserved, version";

    /** Reads a row selected with {@link #COLUMNS}. */
    public static final Sql.RowMapper<LevelState> ROW =
            row -> new LevelState(row.getLong(1), row.getLong(2), row.getLong(3));

    public long available() {
        return onHand - reserved;
    }
}
