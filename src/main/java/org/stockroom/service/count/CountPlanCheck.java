package org.stockroom.service.count;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.TextRules;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.ValidationException;

/** Checks a planned count session before any of it is written. */
final class CountPlanCheck {

    private CountPlanCheck() {}

    /**
     * The plan's location ids, or a refusal naming every field that is wrong: a name, a scope that exists and has
     * stock, counters who are active users.
     */
    static List<Long> check(Session session, NewCountSession plan, LocationRepository locations) {
        List<FieldError> errors = new ArrayList<>();
        if (plan.name() == null || plan.name().isBlank()) {
            errors.add(new FieldError(CountSessionService.NAME, "A count session needs a name"));
        } else if (plan.name().strip().length() > 100) {
            errors.add(new FieldError(CountSessionService.NAME, "A name is at most 100 characters"));
        } else {
            TextRules.checkCharacters(CountSessionService.NAME, "The name", plan.name())
                    .ifPresent(errors::add);
        }
        CountScope scope = plan.scope();
        List<Long> locationIds = new ArrayList<>();
        if (scope == null || scope.isEmpty()) {
            errors.add(new FieldError(
                    CountSessionService.SCOPE, "Choose what to count: locations, a category or products"));
        } else {
            for (String code : scope.locationCodes()) {
                locations
                        .idOf(code)
                        .ifPresentOrElse(
                                locationIds::add,
                                () -> errors.add(
                                        new FieldError(CountSessionService.LOCATION, "No location '" + code + "'")));
            }
            for (String sku : scope.skus()) {
                if (Sql.query(session, "SELECT 1 FROM product WHERE sku_key = ?", r -> 1, sku.toUpperCase())
                        .isEmpty()) {
                    errors.add(new FieldError(CountSessionService.SCOPE, "No product with SKU '" + sku + "'"));
                }
            }
            if (scope.category() != null
                    && Sql.query(session, "SELECT 1 FROM product WHERE category = ?", r -> 1, scope.category())
                            .isEmpty()) {
                errors.add(
                        new FieldError(CountSessionService.SCOPE, "No product in category '" + scope.category() + "'"));
            }
        }
        for (String counter : plan.counters()) {
            if (!CountChecks.isActiveUser(session, counter)) {
                errors.add(new FieldError(CountSessionService.COUNTERS, "No active user '" + counter + "' to count"));
            }
        }
        if (errors.isEmpty() && CountScopeLines.count(session, scope, locationIds) == 0) {
            errors.add(
                    new FieldError(CountSessionService.SCOPE, "Nothing is stocked in that scope: " + scope.describe()));
        }
        if (!errors.isEmpty()) {
            throw Transactions.refuse(new ValidationException(errors));
        }
        return locationIds;
    }
}
