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
        String commandKey) {

    /** What a command has just appended: the movement it asked for, with the id and balance the row got. */
    public static MovementView written(
            org.stockroom.persistence.ledger.MovementRepository.NewMovement m,
            org.stockroom.persistence.ledger.MovementRepository.Appended row,
            String locationCode) {
        return new MovementView(
                row.id(),
                m.occurredAt(),
                m.userName(),
                m.workstation(),
                m.productId(),
                locationCode,
                m.type(),
                m.quantity(),
                row.onHandAfter(),
                row.levelVersion(),
                m.reason(),
                m.note(),
                m.commandKey());
    }
}
