package org.stockroom.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;

/**
 * The product list for catalogues of any size: counts, pages, sorts and filters in the database and returns
 * only the rows asked for. Stock figures are summed for the rows of the page alone.
 */
public final class ProductCatalogue {

    private static final String COLUMNS = "SELECT p.id, p.sku, p.name, p.category, p.unit, p.reorder_point,"
            + " p.archived";

    /** Up to this many matches are looked up by id; more are tested row by row (see CatalogueSql). */
    static final int MAX_LISTED = 5_000;

    private final Transactions transactions;

    public ProductCatalogue(Transactions transactions) {
        this.transactions = transactions;
    }

    /** How many products match: the length of the list. */
    public long count(CatalogueQuery query) {
        return transactions.read(session -> {
            Long locationId = locationId(session, query);
            if (query.locationCode() != null && locationId == null) {
                return 0L;
            }
            CatalogueSql sql = CatalogueSql.of(query, locationId, matchedIds(session, query));
            return Sql.query(session, "SELECT COUNT(*)" + sql.from + sql.where, row -> row.getLong(1),
                    sql.whereParameters.toArray()).get(0);
        });
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the list, in its order. */
    public List<ProductRow> page(CatalogueQuery query, long offset, int limit) {
        return transactions.read(session -> {
            Long locationId = locationId(session, query);
            if (query.locationCode() != null && locationId == null) {
                return List.<ProductRow>of();
            }
            CatalogueSql sql = CatalogueSql.of(query, locationId, matchedIds(session, query));
            List<Object> parameters = new ArrayList<>(sql.whereParameters);
            parameters.addAll(sql.orderParameters);
            parameters.add(limit);
            parameters.add(offset);
            List<Object[]> products = Sql.query(session, COLUMNS + sql.from + sql.where + sql.orderBy + " LIMIT ? OFFSET ?",
                    row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getLong(6), row.getBoolean(7)},
                    parameters.toArray());
            Map<Long, long[]> stock = stockOf(session, products, locationId);
            List<ProductRow> rows = new ArrayList<>(products.size());
            for (Object[] p : products) {
                long[] figures = stock.getOrDefault((Long) p[0], new long[2]);
                rows.add(new ProductRow((Long) p[0], (String) p[1], (String) p[2], (String) p[3], (String) p[4],
                        figures[0], figures[1], (Long) p[5], (Boolean) p[6]));
            }
            return rows;
        });
    }

    /** Every category in use, for the filter. */
    public List<String> categories() {
        return transactions.read(session -> Sql.query(session,
                "SELECT DISTINCT category FROM product ORDER BY category", row -> row.getString(1)));
    }

    private static Map<Long, long[]> stockOf(SharedSessionContract session, List<Object[]> products,
            Long locationId) {
        Map<Long, long[]> stock = new HashMap<>();
        if (products.isEmpty()) {
            return stock;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder ids = new StringBuilder();
        for (Object[] p : products) {
            ids.append(ids.isEmpty() ? "?" : ", ?");
            parameters.add(p[0]);
        }
        String sql = "SELECT product_id, SUM(on_hand), SUM(reserved) FROM stock_level WHERE product_id IN ("
                + ids + ")";
        if (locationId != null) {
            sql += " AND location_id = ?";
            parameters.add(locationId);
        }
        for (long[] row : Sql.query(session, sql + " GROUP BY product_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, parameters.toArray())) {
            stock.put(row[0], new long[] {row[1], row[2]});
        }
        return stock;
    }

    /** The ids the search text matches, or null if none was typed or they are more than {@link #MAX_LISTED}. */
    private static List<Long> matchedIds(SharedSessionContract session, CatalogueQuery query) {
        String text = CatalogueSql.searchText(query);
        if (text.isEmpty()) {
            return null;
        }
        List<Object> parameters = new ArrayList<>();
        String sql = CatalogueSql.matchingIds(text, parameters);
        // Not wrapped in an outer SELECT ... FETCH FIRST: nested, H2 stopped using the indexes of the parts.
        List<Long> ids = Sql.queryAtMost(session, sql, MAX_LISTED + 1, row -> row.getLong(1),
                parameters.toArray());
        return ids.size() > MAX_LISTED ? null : ids;
    }

    private static Long locationId(SharedSessionContract session, CatalogueQuery query) {
        if (query.locationCode() == null) {
            return null;
        }
        List<Long> ids = Sql.query(session, "SELECT id FROM location WHERE code = ?", row -> row.getLong(1),
                query.locationCode());
        return ids.isEmpty() ? null : ids.get(0);
    }
}
