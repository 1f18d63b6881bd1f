package org.stockroom.persistence.location;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stockroom.domain.location.Location;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;

/**
 * Locations by code. They are few and are never deleted or re-coded, so id lookups are cached for the life
 * of the process to keep them off every stock command's path.
 */
public final class LocationRepository {

    private final Transactions transactions;
    private final Map<String, Long> idByCode = new ConcurrentHashMap<>();
    private final Map<Long, Location> byId = new ConcurrentHashMap<>();

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
        return byId(id).getCode();
    }

    public String nameOf(long id) {
        return byId(id).getName();
    }

    private Location byId(long id) {
        Location cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Location location = transactions.read(session -> session.find(Location.class, id));
        if (location == null) {
            throw new IllegalArgumentException("No location with id " + id);
        }
        remember(location);
        return location;
    }

    public List<Location> all() {
        List<Location> all =
                transactions.read(session -> session.createSelectionQuery("from Location order by code", Location.class)
                        .getResultList());
        all.forEach(this::remember);
        return all;
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
        idByCode.put(location.getCode(), location.getId());
        byId.put(location.getId(), location);
    }
}
