package org.stockroom.bench;

import java.time.Instant;
import org.hibernate.StatelessSession;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;

/**
 * The rows a raw receipt of the rollback soak writes beside its level, as the stock service would: the command
 * (its idempotency key) and its movement of one unit. Raw, so the soak controls when the transaction ends.
 */
final class SoakReceiptRows {

    private SoakReceiptRows() {}

    static void command(StatelessSession session, String key) {
        Sql.update(
                session,
                "INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at)"
                        + " VALUES (?, 'RECEIVE', 'soak', ?)",
                key,
                Instant.now());
    }

    static void movement(StatelessSession session, String key, long productId, long locationId) {
        new MovementRepository()
                .appendFromLevel(
                        session,
                        new NewMovement(
                                key,
                                "soak",
                                null,
                                productId,
                                locationId,
                                MovementType.RECEIVE,
                                1,
                                null,
                                null,
                                Instant.now()));
    }
}
