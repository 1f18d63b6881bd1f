package org.stockroom.service.reservation;

import java.time.Duration;
import org.stockroom.service.Actor;

/** Hold {@code quantity} at a location for an order; {@code expiresAfter} may be null (held until closed). */
public record ReserveCommand(
        String idempotencyKey,
        Actor actor,
        long productId,
        String locationCode,
        long quantity,
        String reference,
        Duration expiresAfter) {}
