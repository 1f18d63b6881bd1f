package org.stockroom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.CataloguePages;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;

/** The product list's queries against a real database: paging, search, filters and sorting. */
class ProductCatalogueTest {

    static final int PRODUCTS = 57;

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    ProductCatalogue catalogue;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        catalogue = backend.productCatalogue();
        for (int i = 0; i < PRODUCTS; i++) {
            // Few categories, units and reorder points: many ties, which paging must still order completely.
            add(String.format("P-%03d", i), "Part " + i, i % 3 == 0 ? "Tools" : "Fasteners", null, i % 4 * 5);
        }
    }

    @ParameterizedTest
    @EnumSource(SortKey.class)
    void pagesCoverEveryRowOnceInEveryOrder(SortKey key) {
        giveEveryProductSomeStockAndSomeReserved();
        for (boolean descending : new boolean[] {false, true}) {
            CatalogueQuery query = CatalogueQuery.everything().sortedBy(key, descending);
            List<Long> paged = allPages(query, 10);
            assertThat(paged)
                    .as("sorted by %s%s", key, descending ? " desc" : "")
                    .doesNotHaveDuplicates()
                    .hasSize(PRODUCTS);
            Comparator<ProductRow> order = byValue(key).thenComparing(ProductRow::sku);
            assertThat(CataloguePages.all(catalogue, query, 10))
                    .as("rows in %s%s order, ties by SKU", key, descending ? " desc" : "")
                    .isSortedAccordingTo(descending ? order.reversed() : order);
            assertThat(catalogue.count(query)).isEqualTo(PRODUCTS);
            assertThat(paged).as("the same order whatever the page size").isEqualTo(allPages(query, 7));
        }
    }

    @Test
    void textSortsByCodePointOnEveryDatabaseAsTheWindowMergesIt() {
        // Upper before lower case, "_" between them: a server sorting by a language's rules would mix them.
        List<String> names = List.of("apple crate", "Banana box", "banana bag", "_spare", "Zinc sheet", "Éclair tin");
        for (int i = 0; i < names.size(); i++) {
            add("T-" + i, names.get(i), names.get(i).substring(0, 1), null, 0);
        }
        for (SortKey key : List.of(SortKey.NAME, SortKey.CATEGORY, SortKey.SKU)) {
            CatalogueQuery query = CatalogueQuery.everything().sortedBy(key, false);
            Comparator<ProductRow> order = byValue(key).thenComparing(ProductRow::sku);
            assertThat(CataloguePages.all(catalogue, query, 4))
                    .as("sorted by %s, in pages of 4", key)
                    .hasSize(PRODUCTS + 6)
                    .isSortedAccordingTo(order);
        }
    }

    @Test
    void afterRowsAreAddedAndRemovedTheRefetchedPagesHoldExactlyTheCurrentRows() {
        CatalogueQuery query = CatalogueQuery.everything().sortedBy(SortKey.NAME, false);
        List<Long> before = allPages(query, 10);
        ProductView added = add("A-NEW", "Aardvark clamp", "Tools", null, 0);
        ProductView archived = backend.products().find(before.get(3)).orElseThrow();
        archive(archived);

        List<Long> after = allPages(query, 10);

        assertThat(after)
                .doesNotHaveDuplicates()
                .hasSize(PRODUCTS)
                .contains(added.id())
                .doesNotContain(archived.id());
        Set<Long> expected = new HashSet<>(before);
        expected.add(added.id());
        expected.remove(archived.id());
        assertThat(new HashSet<>(after)).isEqualTo(expected);
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        long cafe =
                add("K-1", "Café Crème filter", "Kitchen", "4006381333931", 0).id();
        long oRing = add("S-1", "O-Ring 12mm (nitrile)", "Seals", null, 0).id();

        assertThat(ids("cafe")).containsExactly(cafe);
        assertThat(ids("CAFÉ")).containsExactly(cafe);
        assertThat(ids("creme caf"))
                .as("every word, in any order, each starting a word")
                .containsExactly(cafe);
        assertThat(ids("o-ring")).containsExactly(oRing);
        assertThat(ids("oring")).as("the hyphen separates words").isEmpty();
        assertThat(ids("ring nitrile")).containsExactly(oRing);
        assertThat(ids("12mm")).containsExactly(oRing);
        assertThat(ids("afe")).as("words are matched from their start").isEmpty();
    }

    @Test
    void searchFindsSkuPrefixesAndWholeBarcodes() {
        long cafe =
                add("K-1", "Café Crème filter", "Kitchen", "4006381333931", 0).id();

        assertThat(ids("p-00")).hasSize(10);
        assertThat(ids("P-05")).hasSize(7);
        assertThat(ids("4006381333931")).containsExactly(cafe);
        assertThat(ids("400638133393"))
                .as("a barcode matches whole, not by prefix")
                .isEmpty();
        assertThat(ids("100%_")).as("LIKE wildcards are taken literally").isEmpty();
    }

    @Test
    void filtersCombineWithSearch() {
        ProductView lowTool = add("T-LOW", "Torque wrench", "Tools", null, 5);
        ProductView stockedTool = add("T-OK", "Torque screwdriver", "Tools", null, 5);
        backend.stock().receive(TestBackends.change(stockedTool.id(), "MAIN", 50));
        backend.stock().receive(TestBackends.change(lowTool.id(), "MAIN", 2));
        ProductView archivedTool = add("T-OLD", "Torque meter", "Tools", null, 0);
        archive(archivedTool);

        CatalogueQuery torque = CatalogueQuery.everything().withText("torque");
        assertThat(ids(torque)).containsExactlyInAnyOrder(lowTool.id(), stockedTool.id());
        assertThat(ids(torque.withLowStockOnly(true))).containsExactly(lowTool.id());
        assertThat(ids(torque.withArchive(ArchiveFilter.ARCHIVED))).containsExactly(archivedTool.id());
        assertThat(ids(torque.withArchive(ArchiveFilter.ALL))).hasSize(3);
        assertThat(ids(torque.withCategory("Fasteners"))).isEmpty();
        assertThat(ids(torque.withLocation("MAIN"))).containsExactlyInAnyOrder(lowTool.id(), stockedTool.id());
        assertThat(ids(torque.withLocation("NOWHERE"))).isEmpty();
        assertThat(catalogue.count(torque.withLowStockOnly(true))).isEqualTo(1);
    }

    @Test
    void withALocationFilterTheLowMarkerStillComparesTheProductsTotalWithItsReorderPoint() {
        backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop");
        ProductView split = add("S-SPLIT", "Split stock", "Tools", null, 10);
        backend.stock().receive(TestBackends.change(split.id(), "MAIN", 30));
        backend.stock().receive(TestBackends.change(split.id(), "SHOP", 2)); // less than 10 here, 32 in all
        ProductView scarce = add("S-SCARCE", "Scarce stock", "Tools", null, 10);
        backend.stock().receive(TestBackends.change(scarce.id(), "SHOP", 4));
        CatalogueQuery shop = CatalogueQuery.everything().withLocation("SHOP");

        assertThat(CataloguePages.all(catalogue, shop, 10))
                .as("the shop's own figures are shown, the marker follows the product's total")
                .extracting(ProductRow::sku, ProductRow::onHand, ProductRow::lowStock)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S-SCARCE", 4L, true),
                        org.assertj.core.groups.Tuple.tuple("S-SPLIT", 2L, false));
        assertThat(ids(shop.withLowStockOnly(true))).containsExactly(scarce.id());
        assertThat(catalogue.count(shop.withLowStockOnly(true))).isEqualTo(1);
    }

    @Test
    void archivedOnlyFollowsArchivingUnarchivingAndProductsCreatedArchived() {
        ProductView kept = add("A-KEPT", "Kept", "Tools", null, 0);
        ProductView old = add("A-OLD", "Old", "Tools", null, 0);
        ProductView bornArchived = backend.products()
                .create(
                        TestBackends.ACTOR,
                        new ProductDetails("A-GONE", "Gone", "Tools", "each", null, 0, BigDecimal.ONE, true));
        CatalogueQuery archivedOnly = CatalogueQuery.everything().withArchive(ArchiveFilter.ARCHIVED);
        assertThat(ids(archivedOnly)).containsExactly(bornArchived.id());

        archive(old);
        assertThat(ids(archivedOnly)).containsExactly(bornArchived.id(), old.id()); // in SKU order
        assertThat(catalogue.count(archivedOnly)).isEqualTo(2);

        ProductView archivedOld = backend.products().find(old.id()).orElseThrow();
        ProductDetails d = archivedOld.details();
        backend.products()
                .update(
                        TestBackends.ACTOR,
                        old.id(),
                        archivedOld.version(),
                        new ProductDetails(
                                d.sku(),
                                d.name(),
                                d.category(),
                                d.unit(),
                                d.barcode(),
                                d.reorderPoint(),
                                d.unitCost(),
                                false));
        assertThat(ids(archivedOnly)).containsExactly(bornArchived.id());
        assertThat(ids(CatalogueQuery.everything()))
                .contains(old.id(), kept.id())
                .doesNotContain(bornArchived.id());
    }

    @Test
    void stockColumnsSortByTheFiguresShown() {
        ProductView most = add("Z-MOST", "Most stocked", "Tools", null, 0);
        backend.stock().receive(TestBackends.change(most.id(), "MAIN", 500));

        List<ProductRow> page = catalogue.page(CatalogueQuery.everything().sortedBy(SortKey.ON_HAND, true), 0, 3);

        assertThat(page.get(0).id()).isEqualTo(most.id());
        assertThat(page.get(0).onHand()).isEqualTo(500);
    }

    /** Different on hand and reserved figures, with ties, so that sorting by them is tested too. */
    private void giveEveryProductSomeStockAndSomeReserved() {
        for (int i = 0; i < PRODUCTS; i++) {
            long id = backend.products()
                    .findBySku(String.format("P-%03d", i))
                    .orElseThrow()
                    .id();
            backend.stock().receive(TestBackends.change(id, "MAIN", 1 + i % 7));
            if (i % 3 == 0) {
                backend.reservations()
                        .reserve(new ReserveCommand(
                                CommandKeys.newKey(),
                                Actor.named("test"),
                                id,
                                "MAIN",
                                Math.min(1 + i % 2, 1 + i % 7),
                                "R-" + i,
                                null));
            }
        }
    }

    /** The order a sort key stands for, written independently of the SQL that implements it. */
    private static Comparator<ProductRow> byValue(SortKey key) {
        return switch (key) {
            case SKU -> Comparator.comparing(ProductRow::sku);
            case NAME -> Comparator.comparing(ProductRow::name);
            case CATEGORY -> Comparator.comparing(ProductRow::category);
            case UNIT -> Comparator.comparing(ProductRow::unit);
            case REORDER_POINT -> Comparator.comparingLong(ProductRow::reorderPoint);
            case ON_HAND -> Comparator.comparingLong(ProductRow::onHand);
            case RESERVED -> Comparator.comparingLong(ProductRow::reserved);
            case AVAILABLE -> Comparator.comparingLong(ProductRow::available);
        };
    }

    private List<Long> allPages(CatalogueQuery query, int pageSize) {
        return CataloguePages.ids(catalogue, query, pageSize);
    }

    private List<Long> ids(String text) {
        return ids(CatalogueQuery.everything().withText(text));
    }

    private List<Long> ids(CatalogueQuery query) {
        return allPages(query, 100);
    }

    private ProductView add(String sku, String name, String category, String barcode, long reorderPoint) {
        return backend.products()
                .create(
                        TestBackends.ACTOR,
                        new ProductDetails(sku, name, category, "each", barcode, reorderPoint, BigDecimal.ONE, false));
    }

    private void archive(ProductView product) {
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
