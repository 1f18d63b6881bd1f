package org.stockroom.domain.ledger;

/** The values a new ledger entry is written from. */
public record MovementEntry(
        String commandKey,
        String userName,
        String workstation,
        long productId,
        long locationId,
        MovementType type,
        long quantity,
        long onHandAfter,
        long levelVersion,
        String reason,
        String note) {}
