package org.stockroom.concurrency;

import java.time.Instant;
import org.stockroom.domain.ledger.Movement;
import org.stockroom.domain.ledger.MovementEntry;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.stock.CommandKeys;

/**
 * The negative control: the deliberately naive read-modify-write an issue must NOT be. It reads on hand into
 * Java, checks it, and writes back the difference, with no version check and no conditional update.
 */
public final class NaiveIssue {

    private final Transactions transactions;

    public NaiveIssue(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Returns true if it believes it sold one unit. */
    public boolean issueOne(long productId, long locationId) {
        return transactions.inTransaction(session -> {
            Object[] row = session.createNativeQuery(
                            "SELECT id, on_hand FROM stock_level WHERE product_id = :p AND location_id = :l",
                            Object[].class)
                    .setParameter("p", productId)
                    .setParameter("l", locationId)
                    .getSingleResult();
            long onHand = ((Number) row[1]).longValue();
            if (onHand < 1) {
                return false;
            }
            pause(); // the time a person or a slow network takes between "look" and "write"
            session.createNativeMutationQuery("UPDATE stock_level SET on_hand = :v WHERE id = :id")
                    .setParameter("v", onHand - 1)
                    .setParameter("id", row[0])
                    .executeUpdate();
            String key = CommandKeys.newKey();
            session.createNativeMutationQuery("""
                            INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at)
                            VALUES (:k, 'ISSUE', 'naive', :t)""")
                    .setParameter("k", key)
                    .setParameter("t", Instant.now())
                    .executeUpdate();
            session.persist(new Movement(
                    new MovementEntry(
                            key,
                            "naive",
                            null,
                            productId,
                            locationId,
                            MovementType.ISSUE,
                            -1,
                            onHand - 1,
                            0,
                            null,
                            null),
                    Instant.now()));
            return true;
        });
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
