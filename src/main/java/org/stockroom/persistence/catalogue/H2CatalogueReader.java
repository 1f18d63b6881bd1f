package org.stockroom.persistence.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.SearchText;
import org.stockroom.persistence.JdbcScope;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.catalogue.CatalogueSql.Condition;

/**
 * The product list's SQL for H2, for catalogues of any size: counts, pages, sorts and filters in the database and
 * returns only the rows asked for. Stock figures are summed for the rows of the page alone. Every choice here was
 * measured against H2's planner at 1,000,000 SKUs (docs/PERFORMANCE.md); another engine gets its own reader.
 *
 * <p>A search is run per {@link TextMatch} kind and the pages merged: each kind's matches are listed by id
 * when few (an IN list of primary keys), or tested row by row in the list's order when many (the page fills
 * after a short scan). In SKU order, the default, two kinds read their own index in order instead: a SKU prefix
 * the SKU index, a one-word name search the (word, SKU) index ({@link NameWordReadings}).
 */
public final class H2CatalogueReader implements CatalogueReader {

    /** Up to this many matches of one kind are looked up by id; more are tested row by row. */
    public static final int MAX_LISTED = 5_000;

    private static final String COLUMNS =
            "SELECT p.id, p.sku, p.name, p.category, p.unit, p.reorder_point, p.archived, p.available_total";

    /** Every this many rows of a SKU-ordered list, the SKU key is remembered as a place to start a page from. */
    static final int ANCHOR_SPACING = 10_000;

    private final PageAnchors anchors;
    private final int maxListed;

    public H2CatalogueReader() {
        this(ANCHOR_SPACING, MAX_LISTED);
    }

    /** For tests: small spacings and cut-offs reach the paths that large catalogues take. */
    public H2CatalogueReader(int anchorSpacing, int maxListed) {
        this.anchors = new PageAnchors(anchorSpacing);
        this.maxListed = maxListed;
    }

    @Override
    public long count(JdbcScope session, CatalogueQuery query, Long locationId) {
        List<Condition> kinds = textConditions(session, query, false);
        if (kinds == null) {
            return countWhere(session, query, locationId, null);
        }
        if (kinds.isEmpty()) {
            return 0L;
        }
        List<String> any = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Condition kind : kinds) {
            any.add(kind.sql());
            parameters.addAll(kind.parameters());
        }
        return countWhere(session, query, locationId, new Condition("(" + String.join(" OR ", any) + ")", parameters));
    }

    /** Remembers where every {@link #ANCHOR_SPACING}-th row starts (see {@link PageAnchors}). */
    @Override
    public void rememberPageStarts(JdbcScope session, CatalogueQuery query, Long locationId) {
        if (PageAnchors.applies(query)) {
            anchors.remember(session, query, CatalogueSql.of(query, locationId, null));
        }
    }

    @Override
    public List<CatalogueRow> page(JdbcScope session, CatalogueQuery query, Long locationId, long offset, int limit) {
        List<Condition> kinds = textConditions(session, query, true);
        if (kinds == null) {
            CatalogueSql sql = CatalogueSql.of(query, locationId, null);
            PageAnchors.Start start = anchors.startFor(query, sql, offset);
            if (start != null) {
                // A deep page: start from the remembered SKU before it instead of walking the index from the top.
                return rows(session, query, locationId, start.condition(), start.offsetFromAnchor(), limit);
            }
            return rows(session, query, locationId, null, offset, limit);
        }
        // Each kind's first offset + limit rows in the list's order, merged: the page is among them.
        Map<Long, CatalogueRow> merged = new LinkedHashMap<>();
        for (Condition kind : kinds) {
            for (CatalogueRow row : rows(session, query, locationId, kind, 0, (int) (offset + limit))) {
                merged.putIfAbsent(row.id(), row);
            }
        }
        return merged.values().stream()
                .sorted(CatalogueOrder.of(query))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public List<String> categories(JdbcScope session) {
        return Sql.query(session, "SELECT DISTINCT category FROM product ORDER BY category", row -> row.getString(1));
    }

    private static long countWhere(JdbcScope session, CatalogueQuery query, Long locationId, Condition text) {
        CatalogueSql sql = CatalogueSql.of(query, locationId, text);
        return Sql.query(
                        session,
                        "SELECT COUNT(*)" + CatalogueSql.FROM + sql.where,
                        row -> row.getLong(1),
                        sql.whereParameters.toArray())
                .get(0);
    }

    private static List<CatalogueRow> rows(
            JdbcScope session, CatalogueQuery query, Long locationId, Condition text, long offset, int limit) {
        CatalogueSql sql = CatalogueSql.of(query, locationId, text);
        List<Object> parameters = new ArrayList<>(sql.whereParameters);
        parameters.addAll(sql.orderParameters);
        parameters.add(limit);
        parameters.add(offset);
        List<Object[]> products = Sql.query(
                session,
                COLUMNS + sql.from + sql.where + sql.orderBy + " LIMIT ? OFFSET ?",
                row -> new Object[] {
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getLong(6),
                    row.getBoolean(7),
                    row.getLong(8)
                },
                parameters.toArray());
        Map<Long, long[]> stock = stockOf(session, products, locationId);
        List<CatalogueRow> rows = new ArrayList<>(products.size());
        for (Object[] p : products) {
            long[] figures = stock.getOrDefault((Long) p[0], new long[2]);
            rows.add(new CatalogueRow(
                    (Long) p[0],
                    (String) p[1],
                    (String) p[2],
                    (String) p[3],
                    (String) p[4],
                    figures[0],
                    figures[1],
                    (Long) p[5],
                    (Boolean) p[6],
                    (Long) p[7]));
        }
        return rows;
    }

    /**
     * One condition per kind of match that has any, or null when nothing was typed. A kind with few matches
     * becomes an IN list of their ids; one with many, its row-by-row test, or for reading a page in SKU order,
     * the readings of {@link NameWordReadings} (which only pages can use: each reads from its own table).
     */
    private List<Condition> textConditions(JdbcScope session, CatalogueQuery query, boolean forPage) {
        String text = query.searchText();
        if (text.isEmpty()) {
            return null;
        }
        boolean skuOrder = query.sort() == CatalogueQuery.SortKey.SKU;
        List<String> words = SearchText.words(text);
        List<Condition> conditions = new ArrayList<>();
        for (TextMatch kind : TextMatch.values()) {
            if (kind == TextMatch.SKU_PREFIX && skuOrder) {
                // In SKU order the SKU index gives the matches already sorted and the scan stops after the page;
                // an IN list of a few thousand ids made H2 fetch and sort them all (~100 ms at 5,000).
                conditions.add(kind.perRow(text));
                continue;
            }
            // One typed word, a page in SKU order: read straight from the word index, however many match.
            List<Condition> readings = forPage && skuOrder && kind == TextMatch.NAME_WORDS && words.size() == 1
                    ? NameWordReadings.of(session, words.get(0))
                    : null;
            if (readings != null) {
                conditions.addAll(readings);
                continue;
            }
            List<Long> found =
                    kind == TextMatch.NAME_WORDS ? nameWordIds(session, words, text) : idsOf(session, kind, text);
            if (found.size() > maxListed) {
                conditions.add(forPage ? kind.perRow(text) : kind.forCount(text));
            } else if (!found.isEmpty()) {
                conditions.add(new Condition(CatalogueSql.idsIn(found), List.of()));
            }
        }
        return conditions;
    }

    /** Up to {@code maxListed + 1} ids of the products this kind matches (more than maxListed: "many"). */
    private List<Long> idsOf(JdbcScope session, TextMatch kind, String text) {
        Condition ids = kind.ids(text);
        if (ids == null) {
            return List.of();
        }
        return Sql.queryAtMost(
                session,
                ids.sql(),
                maxListed + 1,
                row -> row.getLong(1),
                ids.parameters().toArray());
    }

    /**
     * The products with a name word beginning with each typed word, or more than {@code maxListed} ids when they
     * are many. Starts from the typed word with the fewest products and narrows those by the others; only when
     * every word is common, the INTERSECT of all of them (which reads each word's products in full: ~250 ms for
     * "CAB-0" when one word was rare and the other, "0", began many words).
     */
    private List<Long> nameWordIds(JdbcScope session, List<String> words, String text) {
        List<Long> fewest = null;
        String fewestWord = null;
        for (String word : words) {
            List<Long> ids = Sql.queryAtMost(
                    session,
                    "SELECT DISTINCT product_id" + TextMatch.WORD_STARTS,
                    maxListed + 1,
                    row -> row.getLong(1),
                    TextMatch.wordPattern(word));
            if (ids.isEmpty()) {
                return ids;
            }
            if (fewest == null || ids.size() < fewest.size()) {
                fewest = ids;
                fewestWord = word;
            }
        }
        if (fewest == null) {
            return List.of();
        }
        if (fewest.size() > maxListed) {
            return idsOf(session, TextMatch.NAME_WORDS, text); // all common: their INTERSECT may still be small
        }
        List<Long> found = fewest;
        for (String word : words) {
            if (!word.equals(fewestWord) && !found.isEmpty()) {
                found = Sql.query(
                        session,
                        "SELECT DISTINCT product_id" + TextMatch.WORD_STARTS + " AND product_id IN ("
                                + CatalogueSql.idList(found) + ")",
                        row -> row.getLong(1),
                        TextMatch.wordPattern(word));
            }
        }
        return found;
    }

    private static Map<Long, long[]> stockOf(JdbcScope session, List<Object[]> products, Long locationId) {
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
        String sql =
                "SELECT product_id, SUM(on_hand), SUM(reserved) FROM stock_level WHERE product_id IN (" + ids + ")";
        if (locationId != null) {
            sql += " AND location_id = ?";
            parameters.add(locationId);
        }
        for (long[] row : Sql.query(
                session,
                sql + " GROUP BY product_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                parameters.toArray())) {
            stock.put(row[0], new long[] {row[1], row[2]});
        }
        return stock;
    }
}
