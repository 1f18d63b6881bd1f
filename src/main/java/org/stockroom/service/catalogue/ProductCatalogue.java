package org.stockroom.service.catalogue;

import java.util.List;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.catalogue.CatalogueReader;
import org.stockroom.persistence.catalogue.CatalogueRow;
import org.stockroom.persistence.location.LocationRepository;

/**
 * The product list for catalogues of any size: its count, its pages and its categories, read by the database
 * dialect's {@link CatalogueReader} (the planner-tuned SQL) in read-only transactions, in plain JDBC: the window's first
 * rows need no object mapping, so they show while Hibernate is still starting.
 */
public final class ProductCatalogue {

    /** An id no location has: a query naming an unknown location code then matches nothing, like any filter. */
    private static final long NO_SUCH_LOCATION = -1;

    private final Transactions transactions;
    private final LocationRepository locations;
    private final CatalogueReader reader;

    public ProductCatalogue(Transactions transactions, LocationRepository locations, Dialect dialect) {
        this(transactions, locations, dialect.catalogueReader());
    }

    /** For tests: a reader with small spacings and cut-offs reaches the paths that large catalogues take. */
    ProductCatalogue(Transactions transactions, LocationRepository locations, CatalogueReader reader) {
        this.transactions = transactions;
        this.locations = locations;
        this.reader = reader;
    }

    /** How many products match: the length of the list. */
    public long count(CatalogueQuery query) {
        Long locationId = locationId(query);
        return transactions.readByJdbc(jdbc -> reader.count(jdbc, query, locationId));
    }

    /**
     * Prepares the list's deep pages (see {@link CatalogueReader#rememberPageStarts}): seconds at a million rows,
     * so call it in the background after the count.
     */
    public void rememberPageStarts(CatalogueQuery query) {
        Long locationId = locationId(query);
        transactions.readByJdbc(jdbc -> {
            reader.rememberPageStarts(jdbc, query, locationId);
            return null;
        });
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the list, in its order. */
    public List<ProductRow> page(CatalogueQuery query, long offset, int limit) {
        Long locationId = locationId(query);
        return transactions.readByJdbc(jdbc -> reader.page(jdbc, query, locationId, offset, limit)).stream()
                .map(ProductCatalogue::productRow)
                .toList();
    }

    /**
     * Every row of the list, in its order, a page at a time inside one read transaction (the pages' start keys
     * remembered first, so deep pages cost what the first does): what "Export the list as shown" writes.
     */
    public long forEach(CatalogueQuery query, java.util.function.Consumer<ProductRow> each) {
        Long locationId = locationId(query);
        int pageSize = 1000;
        return transactions.readByJdbc(jdbc -> {
            reader.rememberPageStarts(jdbc, query, locationId);
            long offset = 0;
            while (true) {
                var rows = reader.page(jdbc, query, locationId, offset, pageSize);
                rows.stream().map(ProductCatalogue::productRow).forEach(each);
                offset += rows.size();
                if (rows.size() < pageSize) {
                    return offset;
                }
            }
        });
    }

    /** Every location's code, in order, for the filter. */
    public List<String> locationCodes() {
        return locations.codes();
    }

    /** Every category in use, for the filter. */
    public List<String> categories() {
        return transactions.readByJdbc(reader::categories);
    }

    private static ProductRow productRow(CatalogueRow row) {
        return new ProductRow(
                row.id(),
                row.sku(),
                row.name(),
                row.category(),
                row.unit(),
                row.onHand(),
                row.reserved(),
                row.reorderPoint(),
                row.archived(),
                row.totalAvailable());
    }

    /** The query's location id from the repository's cache, or null when the query names no location. */
    private Long locationId(CatalogueQuery query) {
        if (query.locationCode() == null) {
            return null;
        }
        return locations.idOf(query.locationCode()).orElse(NO_SUCH_LOCATION);
    }
}
