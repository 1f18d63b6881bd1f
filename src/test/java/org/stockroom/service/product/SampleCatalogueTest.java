package org.stockroom.service.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.location.LocationView;

class SampleCatalogueTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    @Test
    void sampleCatalogueIsOfferedOnceAndLeavesAConsistentLedger() {
        Backend backend = fresh.backend();
        assertThat(backend.sampleCatalogue().isWanted()).isTrue();

        backend.sampleCatalogue().load(Actor.named("tester"));

        assertThat(backend.sampleCatalogue().isWanted()).isFalse();
        List<ProductRow> rows = backend.productCatalogue().page(CatalogueQuery.everything(), 0, 1000);
        assertThat(rows).hasSizeBetween(30, 60);
        assertThat(backend.catalogue().locations())
                .extracting(LocationView::code)
                .containsExactly("MAIN", "SHOP", "YARD");
        assertThat(rows).as("some products start low, so the marker is visible").anyMatch(ProductRow::lowStock);
        assertThat(rows)
                .as("most products are stocked")
                .filteredOn(r -> !r.lowStock())
                .hasSizeGreaterThan(20);
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void sampleBarcodesCarryValidEan13CheckDigits() {
        for (int i = 0; i < 50; i++) {
            String ean = SampleCatalogue.ean13(i);
            int sum = 0;
            for (int d = 0; d < 13; d++) {
                sum += (ean.charAt(d) - '0') * (d % 2 == 0 ? 1 : 3);
            }
            assertThat(sum % 10).as(ean).isZero();
        }
    }
}
