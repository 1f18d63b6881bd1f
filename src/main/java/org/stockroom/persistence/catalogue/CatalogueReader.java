package org.stockroom.persistence.catalogue;

import java.util.List;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.persistence.JdbcScope;

/**
 * The product list as one database engine answers it fast: the count, a page, the categories. The SQL that is
 * quick at a million SKUs depends on the engine's planner, so each dialect supplies its own reader
 * ({@link org.stockroom.persistence.Dialect#catalogueReader()}). A reader may remember things between calls
 * (where deep pages start), so each list service keeps its own.
 */
public interface CatalogueReader {

    /** How many products match, on a read-only session; {@code locationId} null means any location. */
    long count(JdbcScope session, CatalogueQuery query, Long locationId);

    /** Rows {@code offset} to {@code offset + limit - 1} of the list, in its order. */
    List<CatalogueRow> page(JdbcScope session, CatalogueQuery query, Long locationId, long offset, int limit);

    /**
     * Reads the list once so that its deep pages are quick later; seconds at a million rows, so callers run it in
     * the background after the count. Pages asked for meanwhile are still right, only slower.
     */
    void rememberPageStarts(JdbcScope session, CatalogueQuery query, Long locationId);

    /** Every category in use, in order. */
    List<String> categories(JdbcScope session);
}
