package org.stockroom.persistence.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.persistence.JdbcScope;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.catalogue.CatalogueSql.Condition;

/**
 * Places to start deep pages from. H2 walks an index from the top for OFFSET n, so the last page of a million
 * rows took seconds. Reading a SKU-ordered list's keys once (in the background, after its count), every
 * {@code spacing}-th key is kept, and a page at offset n then starts at the nearest kept key before it ({@code sku_key >= k}), walking at most
 * {@code spacing} rows. The keys describe the list as it was counted, exactly like offsets do: the keys are
 * re-read on every refresh, with the count.
 */
final class PageAnchors {

    private static final int QUERIES_KEPT = 8;

    record Start(Condition condition, long offsetFromAnchor) {}

    private final int spacing;
    private final Map<String, List<String>> byQuery = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > QUERIES_KEPT;
        }
    };

    PageAnchors(int spacing) {
        this.spacing = spacing;
    }

    /** Anchors are kept for lists in SKU order without search text or category. */
    static boolean applies(CatalogueQuery query) {
        return query.sort() == SortKey.SKU && query.searchText().isEmpty() && query.category() == null;
    }

    void remember(JdbcScope session, CatalogueQuery query, CatalogueSql sql) {
        List<String> keys = query.locationCode() == null && !query.lowStockOnly()
                ? keysFromIndexes(session, query)
                : keysByScan(session, sql);
        synchronized (byQuery) {
            byQuery.put(key(query, sql), List.copyOf(keys));
        }
    }

    /**
     * Only the archive filter applies: the SKU index read alone (no row is fetched), skipping the archived
     * products' keys from their own index. At 1,000,000 SKUs 0.4-0.5 s, where the scan that tests each row
     * took 6.7-8.3 s, all of it CPU taken from the window while the user scrolls.
     */
    private List<String> keysFromIndexes(JdbcScope session, CatalogueQuery query) {
        String direction = query.descending() ? " DESC" : "";
        List<String> archived = Sql.query(
                session,
                "SELECT archived_key FROM product WHERE archived_key >= ''" + " ORDER BY archived_key" + direction,
                row -> row.getString(1));
        if (query.archive() == ArchiveFilter.ARCHIVED) {
            return everyNth(archived);
        }
        Set<String> skipped = query.archive() == ArchiveFilter.ACTIVE ? new HashSet<>(archived) : Set.of();
        return everyNthKey(session, "SELECT sku_key FROM product ORDER BY sku_key" + direction, List.of(), skipped);
    }

    /** Any other filter: every row of the list read and tested. */
    private List<String> keysByScan(JdbcScope session, CatalogueSql sql) {
        return everyNthKey(
                session, "SELECT p.sku_key" + sql.from + sql.where + sql.orderBy, sql.whereParameters, Set.of());
    }

    /** Every {@code spacing}-th key the query returns, not counting the {@code skipped} ones. */
    private List<String> everyNthKey(JdbcScope session, String sql, List<Object> parameters, Set<String> skipped) {
        List<String> keys = new ArrayList<>();
        session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                long rows = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        if (!skipped.contains(key) && rows++ % spacing == 0) {
                            keys.add(key);
                        }
                    }
                }
            }
            return null;
        });
        return keys;
    }

    private List<String> everyNth(List<String> all) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < all.size(); i += spacing) {
            keys.add(all.get(i));
        }
        return keys;
    }

    /** Where a page at {@code offset} can start, or null if no anchors are known for this list. */
    Start startFor(CatalogueQuery query, CatalogueSql sql, long offset) {
        if (!applies(query) || offset < spacing) {
            return null;
        }
        List<String> keys;
        synchronized (byQuery) {
            keys = byQuery.get(key(query, sql));
        }
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        int anchor = (int) Math.min(keys.size() - 1, offset / spacing);
        String comparison = query.descending() ? "p.sku_key <= ?" : "p.sku_key >= ?";
        return new Start(new Condition(comparison, List.of(keys.get(anchor))), offset - (long) anchor * spacing);
    }

    private static String key(CatalogueQuery query, CatalogueSql sql) {
        return sql.where + sql.whereParameters + sql.orderBy + query.descending();
    }
}
