package org.stockroom.service.ledger;

import java.time.Instant;
import org.stockroom.domain.ledger.MovementType;

/** One movement as the Movements page and its CSV show it: with the product's SKU and name. */
public record JournalRow(
        long id,
        Instant occurredAt,
        String sku,
        String productName,
        String locationCode,
        MovementType type,
        long quantity,
        long onHandAfter,
        String reason,
        String userName,
        String workstation,
        String note,
        String commandKey) {}
