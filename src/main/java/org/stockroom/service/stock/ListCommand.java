package org.stockroom.service.stock;

import java.util.List;
import org.stockroom.service.Actor;

/**
 * Several products received, issued or moved in one command, as the Scan workspace posts a list: one key, one
 * transaction, all lines or none. {@code toLocationCode} is for a transfer only.
 */
public record ListCommand(
        String idempotencyKey, Actor actor, Kind kind, String locationCode, String toLocationCode, List<Line> lines) {

    /** What the list does. */
    public enum Kind {
        RECEIVE,
        ISSUE,
        TRANSFER
    }

    /** One product and how many; the note carries what the scan read besides it (lot, expiry, serial). */
    public record Line(long productId, long quantity, String note) {}

    public ListCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
