package org.stockroom.service.stock;

import org.stockroom.service.Actor;

/**
 * A receive, issue or adjustment. {@code quantity} is positive for receive and issue and signed for an
 * adjustment. The idempotency key is created when the user opens the dialog, so a double submit records once.
 */
public record StockChange(
        String idempotencyKey,
        Actor actor,
        long productId,
        String locationCode,
        long quantity,
        String reason,
        String note) {}
