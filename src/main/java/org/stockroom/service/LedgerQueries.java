package org.stockroom.service;

import java.util.List;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.Movement;
import org.stockroom.persistence.LocationRepository;
import org.stockroom.persistence.Transactions;

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
        return transactions.read(session -> session.createSelectionQuery(
                        "from Movement where productId = :product order by id desc", Movement.class)
                .setParameter("product", productId)
                .setMaxResults(limit)
                .getResultList()
                .stream().map(this::view).toList());
    }

    /** Movements of one stock level that produced a version newer than {@code version}, oldest first. */
    List<MovementView> since(SharedSessionContract session, long productId, long locationId, long version) {
        return session.createSelectionQuery("""
                        from Movement where productId = :product and locationId = :location
                         and levelVersion > :version order by levelVersion""", Movement.class)
                .setParameter("product", productId)
                .setParameter("location", locationId)
                .setParameter("version", version)
                .getResultList()
                .stream().map(this::view).toList();
    }

    List<MovementView> ofCommand(SharedSessionContract session, String key) {
        // Outgoing before incoming, so a transfer reads out-then-in whichever row it locked first.
        return session.createSelectionQuery("from Movement where commandKey = :key order by quantity, id",
                        Movement.class)
                .setParameter("key", key)
                .getResultList()
                .stream().map(this::view).toList();
    }

    MovementView view(Movement m) {
        return new MovementView(m.getId(), m.getOccurredAt(), m.getUserName(), m.getProductId(),
                locations.codeOf(m.getLocationId()), m.getType(), m.getQuantity(), m.getOnHandAfter(),
                m.getLevelVersion(), m.getReason(), m.getNote());
    }
}
