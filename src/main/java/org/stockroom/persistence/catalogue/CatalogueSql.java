package org.stockroom.persistence.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.catalogue.CatalogueQuery;

/**
 * Turns a {@link CatalogueQuery} into SQL over {@code product}: a WHERE clause with its parameters and an
 * ORDER BY that ends in a unique column, so that pages never overlap or skip a row.
 */
public final class CatalogueSql {

    public static final String FROM = " FROM product p";

    /** Reading one name word's entries in (word, sku_key) order, each joined to its product. */
    private static final String FROM_WORD = " FROM product_word pw JOIN product p ON p.id = pw.product_id";

    public final String from;
    public final String where;
    public final List<Object> whereParameters;
    public final String orderBy;
    public final List<Object> orderParameters;

    private CatalogueSql(
            String from, String where, List<Object> whereParameters, String orderBy, List<Object> orderParameters) {
        this.from = from;
        this.where = where;
        this.whereParameters = whereParameters;
        this.orderBy = orderBy;
        this.orderParameters = orderParameters;
    }

    /**
     * A condition on {@code p} with its parameters; with a {@code word}, the rows are read from that name word's
     * entries in {@code product_word} (in SKU order) and {@code sql} is what else must hold.
     */
    public record Condition(String sql, List<Object> parameters, String word) {

        public Condition(String sql, List<Object> parameters) {
            this(sql, parameters, null);
        }
    }

    /**
     * {@code locationId} is the id of the query's location (one that matches no stock level if no location has
     * its code), or null when it names none; {@code text} is the
     * condition for one kind of search match (see {@link TextMatch}), or null for no search.
     */
    public static CatalogueSql of(CatalogueQuery query, Long locationId, Condition text) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String from = FROM;
        String skuKey = "p.sku_key";
        boolean byWord = text != null && text.word() != null;
        if (byWord) {
            from = FROM_WORD;
            skuKey = "pw.sku_key"; // the same key, copied, so that the (word, sku_key) index gives the order
            conditions.add("pw.word = ?");
            parameters.add(text.word());
        }
        if (text != null && text.sql() != null) {
            conditions.add(text.sql());
            parameters.addAll(text.parameters());
        }
        switch (query.archive()) {
            case ACTIVE -> conditions.add("p.archived = FALSE");
            // A range on archived_key (set only on archived products), which H2 reads from its index; it did
            // not use that index for IS NOT NULL.
            case ARCHIVED -> conditions.add("p.archived_key >= ''");
            case ALL -> {}
        }
        if (query.category() != null) {
            conditions.add("p.category = ?");
            parameters.add(query.category());
        }
        if (locationId != null) {
            // EXISTS, tested row by row in the order being read: the first page fills early (an IN over the
            // location's levels made H2 build the whole set first).
            conditions.add("EXISTS (SELECT 1 FROM stock_level s WHERE s.product_id = p.id AND s.location_id = ?)");
            parameters.add(locationId);
        }
        if (query.lowStockOnly()) {
            // The product's total, whatever location the list shows: the reorder point is the whole product's.
            conditions.add("p.available_total <= p.reorder_point");
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
            case ON_HAND -> stockExpression(Figure.ON_HAND, locationId, orderParameters);
            case RESERVED -> stockExpression(Figure.RESERVED, locationId, orderParameters);
            case AVAILABLE -> stockExpression(Figure.AVAILABLE, locationId, orderParameters);
        };
        // sku_key is unique: the last key of every order, so equal values keep one fixed order across pages.
        if (column == null && query.category() != null) {
            column = "p.category"; // one category: the same order, and H2 then reads it from (category, sku_key)
        }
        // The one word first: H2 reads (word, sku_key) in order only when the ORDER BY names both columns
        // (with "word = ? ORDER BY sku_key" it chose the primary key and sorted 50,000 rows: ~1 s at 1,000,000).
        String first = column != null ? column + direction + ", " : byWord ? "pw.word" + direction + ", " : "";
        String orderBy = " ORDER BY " + first + skuKey + direction;
        return new CatalogueSql(from, where, parameters, orderBy, orderParameters);
    }

    public static String idsIn(List<Long> ids) {
        return ids.isEmpty() ? "1 = 0" : "p.id IN (" + idList(ids) + ")";
    }

    /** The ids written out, comma-separated: numbers only, so safe to inline. */
    public static String idList(List<Long> ids) {
        StringBuilder list = new StringBuilder();
        for (Long id : ids) {
            list.append(list.isEmpty() ? "" : ", ").append(id.longValue());
        }
        return list.toString();
    }

    /** A stock figure: over all locations, the product's kept total (indexed); at one location, its level's. */
    private enum Figure {
        ON_HAND("p.on_hand_total", "s.on_hand"),
        RESERVED("p.reserved_total", "s.reserved"),
        AVAILABLE("p.available_total", "s.on_hand - s.reserved");

        final String total;
        final String atLocation;

        Figure(String total, String atLocation) {
            this.total = total;
            this.atLocation = atLocation;
        }
    }

    private static String stockExpression(Figure figure, Long locationId, List<Object> parameters) {
        if (locationId == null) {
            // Kept in step with the stock levels by every stock command (checked by the ledger verifier); the
            // (total, sku_key) index gives the first page of a sort by stock without summing every product.
            return figure.total;
        }
        String sql = "COALESCE((SELECT SUM(" + figure.atLocation + ") FROM stock_level s WHERE s.product_id = p.id";
        if (locationId != null) {
            sql += " AND s.location_id = ?";
            parameters.add(locationId);
        }
        return sql + "), 0)";
    }
}
