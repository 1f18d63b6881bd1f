package org.stockroom.service.ledger;

import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.ledger.Movement;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.location.LocationRepository;

/** Reads the movement ledger. */
public final class LedgerQueries {

    private final Transactions transactions;
    private final LocationRepository locations;

    public LedgerQueries(Transactions transactions, LocationRepository locations) {
        this.transactions = transactions;
        this.locations = locations;
    }

    /** A product's movements at every location, newest first. */
    public List<MovementView> history(long productId, int limit) {
        return transactions.read(session -> session
                .createSelectionQuery("from Movement where productId = :product order by id desc", Movement.class)
                .setParameter("product", productId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(this::view)
                .toList());
    }

    /** Movements of one stock level that produced a version newer than {@code version}, oldest first. */
    public List<MovementView> since(SharedSessionContract session, long productId, long locationId, long version) {
        return session
                .createSelectionQuery("""
                        from Movement where productId = :product and locationId = :location
                         and levelVersion > :version order by levelVersion""", Movement.class)
                .setParameter("product", productId)
                .setParameter("location", locationId)
                .setParameter("version", version)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** Which of {@code keys} name commands that have been reversed (the history marks them). */
    public java.util.Set<String> reversedAmong(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Set.of();
        }
        List<String> asked = List.copyOf(new java.util.LinkedHashSet<>(keys));
        String marks = String.join(", ", java.util.Collections.nCopies(asked.size(), "?"));
        return transactions.read(session -> new java.util.HashSet<>(Sql.query(
                session,
                "SELECT reverses_key FROM stock_command WHERE reverses_key IN (" + marks + ")",
                r -> r.getString(1),
                asked.toArray())));
    }

    /** What one command wrote; outgoing before incoming, so a transfer reads out-then-in. */
    public List<MovementView> ofCommand(SharedSessionContract session, String key) {
        return Sql.query(
                session,
                """
                SELECT id, occurred_at, user_name, workstation, product_id, location_id, movement_type, quantity, on_hand_after,
                       level_version, reason, note, command_key
                  FROM movement WHERE command_key = ? ORDER BY quantity, id""",
                row -> new MovementView(
                        row.getLong(1),
                        row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getString(3),
                        row.getString(4),
                        row.getLong(5),
                        locations.codeOf(row.getLong(6)),
                        MovementType.valueOf(row.getString(7)),
                        row.getLong(8),
                        row.getLong(9),
                        row.getLong(10),
                        row.getString(11),
                        row.getString(12),
                        row.getString(13)),
                key);
    }

    MovementView view(Movement m) {
        return new MovementView(
                m.getId(),
                m.getOccurredAt(),
                m.getUserName(),
                m.getWorkstation(),
                m.getProductId(),
                locations.codeOf(m.getLocationId()),
                m.getType(),
                m.getQuantity(),
                m.getOnHandAfter(),
                m.getLevelVersion(),
                m.getReason(),
                m.getNote(),
                m.getCommandKey());
    }
}
