package org.stockroom.service.count;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;

/**
 * Turns a scope into a session's lines: every stock level at its locations, of its category, of its products
 * (whichever are given), in one INSERT ... SELECT however many there are. Archived products with nothing on hand
 * are left out. Chosen products at a single location get a line there even without a stock level (expected 0).
 */
final class CountScopeLines {

    private CountScopeLines() {}

    static int count(SharedSessionContract session, CountScope scope, List<Long> locationIds) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, locationIds, parameters);
        long levels = Sql.query(
                        session,
                        "SELECT COUNT(*) FROM stock_level s JOIN product p ON p.id = s.product_id WHERE " + where,
                        r -> r.getLong(1),
                        parameters.toArray())
                .get(0);
        return (int) levels
                + (choosesAtOneLocation(scope, locationIds) ? scope.skus().size() : 0);
    }

    static int insert(SharedSessionContract session, long sessionId, CountScope scope, List<Long> locationIds) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(sessionId);
        String where = where(scope, locationIds, parameters);
        int lines = Sql.update(session, """
                INSERT INTO count_line (session_id, product_id, location_id, found_in_count, recount_needed)
                SELECT ?, s.product_id, s.location_id, FALSE, FALSE
                  FROM stock_level s JOIN product p ON p.id = s.product_id""" + " WHERE " + where, parameters.toArray());
        if (choosesAtOneLocation(scope, locationIds)) {
            List<Object> chosen = new ArrayList<>(List.of(sessionId, locationIds.get(0)));
            chosen.addAll(keys(scope.skus()));
            chosen.add(sessionId);
            chosen.add(locationIds.get(0));
            lines += Sql.update(
                    session, """
                    INSERT INTO count_line (session_id, product_id, location_id, found_in_count, recount_needed)
                    SELECT ?, p.id, ?, FALSE, FALSE FROM product p""" + " WHERE p.sku_key IN (" + marks(scope.skus().size()) + """
                            ) AND NOT EXISTS (SELECT 1 FROM count_line l
                                              WHERE l.session_id = ? AND l.product_id = p.id AND l.location_id = ?)""", chosen.toArray());
        }
        return lines;
    }

    private static boolean choosesAtOneLocation(CountScope scope, List<Long> locationIds) {
        return !scope.skus().isEmpty() && locationIds.size() == 1;
    }

    private static String where(CountScope scope, List<Long> locationIds, List<Object> parameters) {
        StringBuilder where = new StringBuilder("NOT (p.archived AND s.on_hand = 0)");
        if (!locationIds.isEmpty()) {
            where.append(" AND s.location_id IN (")
                    .append(marks(locationIds.size()))
                    .append(")");
            parameters.addAll(locationIds);
        }
        if (scope.category() != null) {
            where.append(" AND p.category = ?");
            parameters.add(scope.category());
        }
        if (!scope.skus().isEmpty()) {
            where.append(" AND p.sku_key IN (")
                    .append(marks(scope.skus().size()))
                    .append(")");
            parameters.addAll(keys(scope.skus()));
        }
        return where.toString();
    }

    private static List<Object> keys(List<String> skus) {
        return new ArrayList<>(
                skus.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList());
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
