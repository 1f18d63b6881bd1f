package org.stockroom.service.stock;

import org.stockroom.service.Actor;

/**
 * A physical count: the absolute quantity found, and the stock level version the counter was shown when the
 * count began. If stock moved since, the count is refused with a {@link CountConflictException}.
 */
public record CountCommand(
        String idempotencyKey,
        Actor actor,
        long productId,
        String locationCode,
        long countedQuantity,
        long seenVersion,
        String note) {

    /** The same count, re-based on a newer version (after the user has seen what moved). */
    public CountCommand rebasedOn(long version) {
        return new CountCommand(idempotencyKey, actor, productId, locationCode, countedQuantity, version, note);
    }
}
