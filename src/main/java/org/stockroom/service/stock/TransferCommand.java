package org.stockroom.service.stock;

/** Moves stock between two locations: one command, two movements (out and in). */
public record TransferCommand(
        String idempotencyKey,
        String userName,
        long productId,
        String fromLocationCode,
        String toLocationCode,
        long quantity,
        String reason,
        String note) {
}
