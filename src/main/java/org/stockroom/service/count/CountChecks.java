package org.stockroom.service.count;

import java.math.BigDecimal;
import org.hibernate.Session;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;

/**
 * The checks a count runs before it writes anything; each refusal ends its transaction with a commit of nothing
 * (decision 0004).
 */
final class CountChecks {

    private CountChecks() {}

    /** The session takes counts, from this counter, of a real product, in a quantity that can be. */
    static void check(Session session, CountSessionRow counting, CountEntry entry) {
        if (!counting.status().takesCounts()) {
            throw Transactions.refuse(new CountSessionStateException("Session " + counting.id() + " is "
                    + counting.status().title().toLowerCase() + "; it takes no more counts"));
        }
        if (!counting.mayCount(entry.actor().name())) {
            throw Transactions.refuse(new NotAllowedException(entry.actor().name() + " is not a counter of session "
                    + counting.id() + " (counters: " + String.join(", ", counting.counters()) + ")"));
        }
        if (entry.quantity() < 0) {
            throw Transactions.refuse(new ValidationException(new FieldError(
                    CountSessionService.QUANTITY, "A counted quantity is 0 or more, not " + entry.quantity())));
        }
        if (Sql.query(session, "SELECT 1 FROM product WHERE id = ?", r -> 1, entry.productId())
                .isEmpty()) {
            throw Transactions.refuse(new NotFoundException("No product with id " + entry.productId()));
        }
    }

    /** A product found where the session did not list it: only at one of the session's own locations. */
    static void checkFound(Session session, CountSessionRow counting, CountEntry entry, long locationId) {
        if (Sql.query(
                        session,
                        "SELECT 1 FROM count_line WHERE session_id = ? AND location_id = ?",
                        r -> 1,
                        counting.id(),
                        locationId)
                .isEmpty()) {
            throw Transactions.refuse(new ValidationException(new FieldError(
                    CountSessionService.LOCATION,
                    "Session " + counting.id() + " does not count location " + entry.locationCode())));
        }
    }

    /** On a database without users any name may be a counter, as any name may be on a movement there. */
    static boolean isActiveUser(Session session, String name) {
        return Sql.query(session, "SELECT 1 FROM app_user", r -> 1).isEmpty()
                || !Sql.query(
                                session,
                                "SELECT 1 FROM app_user WHERE UPPER(name) = ? AND active",
                                r -> 1,
                                name.strip().toUpperCase())
                        .isEmpty();
    }

    static BigDecimal unitCost(Session session, long productId) {
        return Sql.query(session, "SELECT unit_cost FROM product WHERE id = ?", r -> r.getBigDecimal(1), productId)
                .get(0);
    }
}
