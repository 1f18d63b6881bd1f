package org.stockroom.service.ledger;

import java.time.Instant;
import org.stockroom.domain.ledger.MovementType;

/** A ledger entry as shown to people: with the location's code instead of its id. */
public record MovementView(
        long id,
        Instant occurredAt,
        String userName,
        String workstation,
        long productId,
        String locationCode,
        MovementType type,
        long quantity,
        long onHandAfter,
        long levelVersion,
        String reason,
        String note,
        String commandKey) {}
