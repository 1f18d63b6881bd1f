package org.stockroom.service.stock;

import org.stockroom.service.Actor;

/** Moves stock between two locations: one command, two movements (out and in). */
public record TransferCommand(
        String idempotencyKey,
        Actor actor,
        long productId,
        String fromLocationCode,
        String toLocationCode,
        long quantity,
        String reason,
        String note) {}
