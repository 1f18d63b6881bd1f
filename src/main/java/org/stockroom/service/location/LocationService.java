package org.stockroom.service.location;

import java.util.List;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;

/** Creates locations and lists them with how much stock each holds. */
public final class LocationService {

    private final Transactions transactions;
    private final LocationRepository locations;
    private final Access access;

    public LocationService(Transactions transactions, LocationRepository locations) {
        this.transactions = transactions;
        this.locations = locations;
        this.access = new Access(transactions);
    }

    public LocationView create(Actor by, String code, String name) {
        access.require(by, Permission.EDIT_LOCATION);
        String normalized = LocationRules.normalizeCode(code);
        ValidationException.throwIfAny(LocationRules.check(normalized, name));
        if (locations.idOf(normalized).isPresent()) {
            throw duplicate(normalized);
        }
        try {
            var created = locations.create(normalized, name.strip(), by.name(), by.workstation());
            return new LocationView(created.getId(), created.getCode(), created.getName());
        } catch (RuntimeException e) {
            if (transactions.errors().violates(e, "UQ_LOCATION_CODE")) {
                throw duplicate(normalized);
            }
            throw e;
        }
    }

    /** The location with this code, created with {@code name} if there is none yet. */
    public LocationView ensure(Actor by, String code, String name) {
        String normalized = LocationRules.normalizeCode(code);
        return locations
                .idOf(normalized)
                .map(id -> new LocationView(id, normalized, locations.nameOf(id)))
                .orElseGet(() -> create(by, normalized, name));
    }

    private static ValidationException duplicate(String code) {
        return new ValidationException(new FieldError(LocationRules.CODE, "Location " + code + " already exists"));
    }

    /** Every location with the number of products it holds and its total units on hand. */
    public List<LocationSummary> summaries() {
        return transactions.read(session ->
                session.createSelectionQuery("""
                        select new org.stockroom.service.location.LocationSummary(l.id, l.code, l.name,
                               count(case when s.onHand > 0 then 1 end), coalesce(sum(s.onHand), 0))
                          from Location l left join StockLevel s on s.locationId = l.id
                         group by l.id, l.code, l.name
                         order by l.code""", LocationSummary.class).getResultList());
    }
}
