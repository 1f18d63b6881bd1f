package org.stockroom.service;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.Product;
import org.stockroom.domain.SearchText;
import org.stockroom.service.CatalogueQuery.SortKey;

/**
 * Turns a {@link CatalogueQuery} into SQL over {@code product}: a WHERE clause with its parameters and an
 * ORDER BY that ends in a unique column, so that pages never overlap or skip a row.
 */
final class CatalogueSql {

    /** FROM clause: the product table, or the matches of the search text joined to it. */
    final String from;
    final String where;
    /** The parameters of FROM and WHERE, in order. */
    final List<Object> whereParameters;
    final String orderBy;
    final List<Object> orderParameters;

    private CatalogueSql(String from, String where, List<Object> whereParameters, String orderBy,
            List<Object> orderParameters) {
        this.from = from;
        this.where = where;
        this.whereParameters = whereParameters;
        this.orderBy = orderBy;
        this.orderParameters = orderParameters;
    }

    /**
     * {@code locationId} is the id of the query's location, or null when it names none. {@code matchedIds} are
     * the products the search text matches (from {@link #matchingIds}), or null when there were too many to list:
     * then the text is tested row by row, which is quick exactly when matches are many (the first page fills
     * early).
     */
    static CatalogueSql of(CatalogueQuery query, Long locationId, List<Long> matchedIds) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String text = searchText(query);
        String from = " FROM product p";
        if (!text.isEmpty()) {
            conditions.add(matchedIds == null ? textCondition(text, parameters) : idsIn(matchedIds));
        }
        switch (query.archive()) {
            case ACTIVE -> conditions.add("p.archived = FALSE");
            case ARCHIVED -> conditions.add("p.archived = TRUE");
            case ALL -> { }
        }
        if (query.category() != null) {
            conditions.add("p.category = ?");
            parameters.add(query.category());
        }
        if (locationId != null) {
            conditions.add("p.id IN (SELECT s.product_id FROM stock_level s WHERE s.location_id = ?)");
            parameters.add(locationId);
        }
        if (query.lowStockOnly()) {
            conditions.add(stockExpression("s.on_hand - s.reserved", locationId, parameters) + " <= p.reorder_point");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<Object> orderParameters = new ArrayList<>();
        String direction = query.descending() ? " DESC" : "";
        String column = switch (query.sort()) {
            case SKU -> null;
            case NAME -> "p.name";
            case CATEGORY -> "p.category";
            case UNIT -> "p.unit";
            case REORDER_POINT -> "p.reorder_point";
            case ON_HAND -> stockExpression("s.on_hand", locationId, orderParameters);
            case RESERVED -> stockExpression("s.reserved", locationId, orderParameters);
            case AVAILABLE -> stockExpression("s.on_hand - s.reserved", locationId, orderParameters);
        };
        // sku_key is unique: the last key of every order, so equal values keep one fixed order across pages.
        String orderBy = " ORDER BY " + (column == null ? "" : column + direction + ", ") + "p.sku_key" + direction;
        return new CatalogueSql(from, where, parameters, orderBy, orderParameters);
    }

    static String searchText(CatalogueQuery query) {
        return query.text() == null ? "" : query.text().strip();
    }

    /**
     * One query for the ids the text matches: SKU prefix, exact barcode, or every typed word starting a word of
     * the name. Each part is a range of its own index. (H2 re-ran it per product when it was nested in the
     * product query, so it runs on its own first.)
     */
    static String matchingIds(String text, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("(SELECT id FROM product WHERE sku_key LIKE ? ESCAPE '\\')")
                .append(" UNION (SELECT id FROM product WHERE barcode = ?)");
        parameters.add(escapeLike(Product.skuKeyOf(text)) + "%");
        parameters.add(text);
        List<String> words = SearchText.words(text);
        if (!words.isEmpty()) {
            sql.append(" UNION (");
            for (int i = 0; i < words.size(); i++) {
                sql.append(i == 0 ? "" : " INTERSECT ")
                        .append("SELECT product_id FROM product_word WHERE word LIKE ? ESCAPE '\\'");
                parameters.add(escapeLike(words.get(i)) + "%");
            }
            sql.append(")");
        }
        return sql.toString();
    }

    /** The same match tested per product row, for when the matches are too many to list. */
    private static String textCondition(String text, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("(p.sku_key LIKE ? ESCAPE '\\' OR p.barcode = ?");
        parameters.add(escapeLike(Product.skuKeyOf(text)) + "%");
        parameters.add(text);
        List<String> words = SearchText.words(text);
        if (!words.isEmpty()) {
            sql.append(" OR (");
            for (int i = 0; i < words.size(); i++) {
                sql.append(i == 0 ? "" : " AND ").append("EXISTS (SELECT 1 FROM product_word w"
                        + " WHERE w.product_id = p.id AND w.word LIKE ? ESCAPE '\\')");
                parameters.add(escapeLike(words.get(i)) + "%");
            }
            sql.append(")");
        }
        return sql.append(")").toString();
    }

    private static String idsIn(List<Long> ids) {
        if (ids.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder("p.id IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ids.get(i).longValue()); // numbers only: safe to inline
        }
        return sql.append(")").toString();
    }

    private static String stockExpression(String figure, Long locationId, List<Object> parameters) {
        String sql = "COALESCE((SELECT SUM(" + figure + ") FROM stock_level s WHERE s.product_id = p.id";
        if (locationId != null) {
            sql += " AND s.location_id = ?";
            parameters.add(locationId);
        }
        return sql + "), 0)";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
