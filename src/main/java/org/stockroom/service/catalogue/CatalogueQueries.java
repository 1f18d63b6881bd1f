package org.stockroom.service.catalogue;

import java.util.List;
import java.util.Optional;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.location.LocationView;

/** The read side of the product list: products with their stock summed, locations, per-location stock. */
public final class CatalogueQueries {

    private static final String PRODUCT_ROW = """
            select new org.stockroom.service.catalogue.ProductRow(p.id, p.sku, p.name, p.category, p.unit,
                   coalesce(sum(s.onHand), 0), coalesce(sum(s.reserved), 0), p.reorderPoint, p.archived,
                   coalesce(sum(s.onHand), 0) - coalesce(sum(s.reserved), 0))
              from Product p left join StockLevel s on s.productId = p.id
            """;
    private static final String PRODUCT_GROUP =
            " group by p.id, p.sku, p.name, p.category, p.unit, p.reorderPoint, p.archived";

    private final Transactions transactions;

    public CatalogueQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<ProductRow> productRow(long productId) {
        return transactions.read(session -> session.createSelectionQuery(
                        PRODUCT_ROW + " where p.id = :id" + PRODUCT_GROUP, ProductRow.class)
                .setParameter("id", productId)
                .uniqueResultOptional());
    }

    /** Stock of one product at every location, including locations where it has none (version 0). */
    public List<StockLevelView> stockLevels(long productId) {
        return transactions.read(session -> session.createSelectionQuery("""
                        select new org.stockroom.service.catalogue.StockLevelView(:product, l.id, l.code, l.name,
                               coalesce(s.onHand, 0), coalesce(s.reserved, 0), coalesce(s.version, 0))
                          from Location l left join StockLevel s on s.locationId = l.id and s.productId = :product
                         order by l.code""", StockLevelView.class)
                .setParameter("product", productId)
                .getResultList());
    }

    public List<LocationView> locations() {
        return transactions.read(session -> session.createSelectionQuery(
                        "select new org.stockroom.service.location.LocationView(l.id, l.code, l.name) from Location l"
                                + " order by l.code",
                        LocationView.class)
                .getResultList());
    }

    public long productCount() {
        return transactions.read(session -> session.createSelectionQuery("select count(*) from Product", Long.class)
                .getSingleResult());
    }
}
