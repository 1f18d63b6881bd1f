package org.stockroom.service.ledger;

import java.time.Instant;
import org.stockroom.domain.ledger.MovementType;

/**
 * Which movements the Movements page lists: each part null (or blank) for "any". {@code from} inclusive, {@code to}
 * exclusive; {@code sku}, {@code locationCode} and {@code reason} exact (any case); {@code user} exact, any case.
 */
public record MovementFilter(
        Instant from, Instant to, String sku, String locationCode, MovementType type, String reason, String user) {

    public static MovementFilter everything() {
        return new MovementFilter(null, null, null, null, null, null, null);
    }
}
