package org.stockroom.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.MutableClock;
import org.stockroom.TestProduct;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;

/** The Movements page's reads: keyset pages that cover every movement once, and each filter. */
class MovementJournalTest {

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final FreshBackend fresh = freshBackend(clock);

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend(java.time.Clock clock) {
        return new FreshBackend(clock);
    }

    Backend backend;

    @BeforeEach
    void movements() {
        backend = fresh.backend();
        backend.locations().create(Actor.named("Ada"), "SHOP", "Shop");
        long bolt = TestProduct.sku("BOLT").createIn(backend).id();
        long nut = TestProduct.sku("NUT").createIn(backend).id();
        for (int i = 0; i < 15; i++) {
            Actor who = Actor.named(i % 3 == 0 ? "Cleo" : "Ada");
            String where = i % 2 == 0 ? "MAIN" : "SHOP";
            backend.stock().receive(change(who, bolt, where, 5, "PO-" + i));
            backend.stock().issue(change(who, bolt, where, 1, null));
            clock.advance(Duration.ofHours(1));
        }
        backend.stock().receive(change(Actor.named("Ada"), nut, "MAIN", 9, "PO-NUT"));
    }

    private static StockChange change(Actor who, long product, String location, long quantity, String reason) {
        return new StockChange(CommandKeys.newKey(), who, product, location, quantity, reason, null);
    }

    @Test
    void pagesByKeysetCoverEveryMovementOnceNewestFirst() {
        List<Long> ids = new ArrayList<>();
        Long before = null;
        while (true) {
            List<JournalRow> page = backend.journal().page(MovementFilter.everything(), before, 7);
            page.forEach(r -> ids.add(r.id()));
            if (page.size() < 7) {
                break;
            }
            before = page.get(page.size() - 1).id();
        }

        assertThat(ids).hasSize(31).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(backend.journal().forEach(MovementFilter.everything(), r -> {}))
                .isEqualTo(31);
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(backend.journal().page(filter(null, null, "nut", null, null, null, null), null, 100))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.sku()).isEqualTo("NUT");
                    assertThat(r.reason()).isEqualTo("PO-NUT");
                });
        assertThat(backend.journal().page(filter(null, null, null, "shop", MovementType.ISSUE, null, null), null, 100))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.locationCode()).isEqualTo("SHOP"));
        assertThat(backend.journal().page(filter(null, null, null, null, null, null, "cleo"), null, 100))
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.userName()).isEqualTo("Cleo"));
        assertThat(backend.journal().page(filter(null, null, null, null, null, "po-3", null), null, 100))
                .singleElement();
        Instant start = clock.instant().minus(Duration.ofHours(3));
        assertThat(backend.journal().page(filter(start, clock.instant(), null, null, null, null, null), null, 100))
                .as("the last three hours: three receipts and three issues")
                .hasSize(6);
    }

    private static MovementFilter filter(
            Instant from, Instant to, String sku, String location, MovementType type, String reason, String user) {
        return new MovementFilter(from, to, sku, location, type, reason, user);
    }
}
