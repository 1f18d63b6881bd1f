package org.stockroom.persistence.location;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stockroom.domain.location.Location;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;

/**
 * Locations by code. They are few and are never deleted or re-coded, so id lookups are cached for the life
 * of the process to keep them off every stock command's path.
 */
public final class LocationRepository {

    private final Transactions transactions;
    private final Map<String, Long> idByCode = new ConcurrentHashMap<>();
    private final Map<Long, Known> byId = new ConcurrentHashMap<>();

    /** What the cache keeps of a location. */
    private record Known(long id, String code, String name) {}

    public LocationRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<Long> idOf(String code) {
        Long cached = idByCode.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Location> found = transactions.read(
                session -> session.createSelectionQuery("from Location where code = :code", Location.class)
                        .setParameter("code", code)
                        .uniqueResultOptional());
        found.ifPresent(this::remember);
        return found.map(Location::getId);
    }

    public String codeOf(long id) {
        return byId(id).code();
    }

    public String nameOf(long id) {
        return byId(id).name();
    }

    private Known byId(long id) {
        Known cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Location location = transactions.read(session -> session.find(Location.class, id));
        if (location == null) {
            throw new IllegalArgumentException("No location with id " + id);
        }
        remember(location);
        return byId.get(id);
    }

    /**
     * Fills the cache with every location, in plain JDBC: at start, so stock commands never look one up
     * mid-transaction, and without waiting for the object mapping.
     */
    public void rememberAll() {
        transactions
                .readByJdbc(jdbc -> Sql.query(
                        jdbc,
                        "SELECT id, code, name FROM location",
                        row -> new Known(row.getLong(1), row.getString(2), row.getString(3))))
                .forEach(this::remember);
    }

    /** Every location's code, in order (the list's filter); plain JDBC, so it needs no object mapping. */
    public List<String> codes() {
        return transactions.readByJdbc(
                jdbc -> Sql.query(jdbc, "SELECT code FROM location ORDER BY code", row -> row.getString(1)));
    }

    /** Adds a location; {@code userName} and {@code workstation} go on its audit revision. */
    public Location create(String code, String name, String userName, String workstation) {
        Location location = transactions.inTransaction(session -> {
            RevisionStamp.stamp(session, userName, workstation);
            Location created = new Location(code, name);
            session.persist(created);
            return created;
        });
        remember(location);
        return location;
    }

    private void remember(Location location) {
        remember(new Known(location.getId(), location.getCode(), location.getName()));
    }

    private void remember(Known location) {
        idByCode.put(location.code(), location.id());
        byId.put(location.id(), location);
    }
}
