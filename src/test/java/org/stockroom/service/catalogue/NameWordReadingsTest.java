package org.stockroom.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.catalogue.H2CatalogueReader;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;

/**
 * Name searches the ways a large catalogue takes them (one word read from the (word, SKU) index; several words
 * started from the rarest) give the same pages as the plain way. A cut-off of 2 matches makes "many" here what
 * 5,000 is on a large catalogue.
 */
class NameWordReadingsTest {

    private static final String[] NAMES = {
        "Galvanised bolt",
        "Gallon bucket",
        "Bolt cutter",
        "Galvanized nail",
        "Café crème filter",
        "Cafetière",
        "Garden hose",
        "Galvanised bolt M8",
        "Bolt, galvanised (box)"
    };

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    ProductCatalogue readings;
    /** The plain way: a cut-off so high that every search is one IN list of all its matches. */
    ProductCatalogue plain;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        for (int i = 0; i < 60; i++) {
            String sku = String.format("S-%03d", (i * 37) % 60); // created out of SKU order
            backend.products()
                    .create(
                            TestBackends.ACTOR,
                            new ProductDetails(
                                    sku,
                                    NAMES[i % NAMES.length],
                                    i % 2 == 0 ? "Even" : "Odd",
                                    "each",
                                    null,
                                    0,
                                    BigDecimal.ONE,
                                    i % 7 == 0));
            if (i % 3 == 0) {
                long id = backend.products().findBySku(sku).orElseThrow().id();
                backend.stock().receive(TestBackends.change(id, "MAIN", 5));
            }
        }
        // One product with a rare word: with it, a search of a rare and a common word starts from the rare one.
        backend.products()
                .create(
                        TestBackends.ACTOR,
                        new ProductDetails(
                                "R-001", "Anchor bolt, galvanised", "Odd", "each", null, 0, BigDecimal.ONE, false));
        LocationRepository locations = new LocationRepository(backend.database().transactions());
        readings = new ProductCatalogue(backend.database().transactions(), locations, new H2CatalogueReader(10, 2));
        plain = new ProductCatalogue(
                backend.database().transactions(), locations, new H2CatalogueReader(10, 1_000_000));
    }

    @Test
    void broadNameSearchesPageAndCountAlikeEitherWay() {
        for (String text : List.of(
                "gal",
                "galv",
                "bolt",
                "bolt gal",
                "cafe",
                "CAFÉ crè",
                "ga",
                "g",
                "hose",
                "nothing",
                "s-0",
                "anchor bolt",
                "bolt anch",
                "anchor nothing",
                "galv anchor box")) {
            CatalogueQuery query = CatalogueQuery.everything().withText(text);
            for (CatalogueQuery variant : List.of(
                    query,
                    query.sortedBy(SortKey.SKU, true),
                    query.withArchive(ArchiveFilter.ALL),
                    query.withArchive(ArchiveFilter.ARCHIVED),
                    query.withCategory("Even"),
                    query.withLocation("MAIN"),
                    query.withLowStockOnly(true))) {
                assertThat(readings.count(variant)).as("count of %s", variant).isEqualTo(plain.count(variant));
                for (int pageSize : new int[] {1, 3, 7, 100}) {
                    assertThat(skus(readings, variant, pageSize))
                            .as("%s, pages of %d", variant, pageSize)
                            .isEqualTo(skus(plain, variant, 100));
                }
            }
        }
    }

    @Test
    void aRenamedOrReSkuedProductIsFoundUnderItsNewWordsAndOrder() {
        ProductView bolt = backend.products().findBySku("S-000").orElseThrow();
        ProductDetails d = bolt.details();
        backend.products()
                .update(
                        TestBackends.ACTOR,
                        bolt.id(),
                        bolt.version(),
                        new ProductDetails(
                                "A-FIRST",
                                "Galvanised washer",
                                d.category(),
                                d.unit(),
                                d.barcode(),
                                d.reorderPoint(),
                                d.unitCost(),
                                false));

        List<String> washers = skus(readings, CatalogueQuery.everything().withText("wash"), 5);
        List<String> galvanised = skus(readings, CatalogueQuery.everything().withText("galvanis"), 5);

        assertThat(washers).containsExactly("A-FIRST");
        assertThat(galvanised).first().isEqualTo("A-FIRST");
        assertThat(galvanised).isEqualTo(skus(plain, CatalogueQuery.everything().withText("galvanis"), 100));
    }

    private static List<String> skus(ProductCatalogue catalogue, CatalogueQuery query, int pageSize) {
        return CataloguePages.all(catalogue, query, pageSize).stream()
                .map(ProductRow::sku)
                .toList();
    }
}
