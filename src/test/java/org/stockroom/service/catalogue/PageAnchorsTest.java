package org.stockroom.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.catalogue.H2CatalogueReader;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;

/** Deep pages started from remembered SKUs are exactly the pages OFFSET gives. */
class PageAnchorsTest {

    static final int PRODUCTS = 95;

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    ProductCatalogue anchored;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        for (int i = 0; i < PRODUCTS; i++) {
            long id = TestBackends.product(backend, String.format("A-%03d", (i * 37) % PRODUCTS))
                    .id();
            if (i % 3 == 0) {
                backend.stock().receive(TestBackends.change(id, "MAIN", 5));
            }
        }
        anchored = new ProductCatalogue(
                backend.database().transactions(),
                new LocationRepository(backend.database().transactions()),
                new H2CatalogueReader(10, H2CatalogueReader.MAX_LISTED));
    }

    @Test
    void anchoredPagesEqualOffsetPagesInBothDirectionsAndWithFilters() {
        archiveEvery(4);
        CatalogueQuery descending = CatalogueQuery.everything().sortedBy(CatalogueQuery.SortKey.SKU, true);
        for (CatalogueQuery query : List.of(
                CatalogueQuery.everything(),
                descending,
                CatalogueQuery.everything().withArchive(ArchiveFilter.ALL),
                descending.withArchive(ArchiveFilter.ALL),
                CatalogueQuery.everything().withArchive(ArchiveFilter.ARCHIVED),
                descending.withArchive(ArchiveFilter.ARCHIVED),
                CatalogueQuery.everything().withLocation("MAIN"),
                CatalogueQuery.everything().withLowStockOnly(true))) {
            List<Long> plain = ids(backend.productCatalogue(), query); // no anchors: plain OFFSET
            long count = anchored.count(query);
            anchored.rememberPageStarts(query); // every 10th SKU
            List<Long> fromAnchors = ids(anchored, query);

            assertThat(fromAnchors)
                    .as("%s", query)
                    .isEqualTo(plain)
                    .hasSize((int) count)
                    .doesNotHaveDuplicates();
        }
    }

    /** Archives every n-th product in SKU order, so that the active list skips keys all along. */
    private void archiveEvery(int n) {
        List<ProductRow> all = backend.productCatalogue().page(CatalogueQuery.everything(), 0, PRODUCTS);
        for (int i = 0; i < all.size(); i += n) {
            ProductView product = backend.products().find(all.get(i).id()).orElseThrow();
            ProductDetails d = product.details();
            backend.products()
                    .update(
                            TestBackends.ACTOR,
                            product.id(),
                            product.version(),
                            new ProductDetails(
                                    d.sku(),
                                    d.name(),
                                    d.category(),
                                    d.unit(),
                                    d.barcode(),
                                    d.reorderPoint(),
                                    d.unitCost(),
                                    true));
        }
    }

    private static List<Long> ids(ProductCatalogue catalogue, CatalogueQuery query) {
        return CataloguePages.ids(catalogue, query, 7);
    }
}
