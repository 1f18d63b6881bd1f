package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;

/**
 * Posting in batches stops at a refused batch with the earlier batches posted, and the next post resumes where it
 * stopped: every line is posted exactly once (batches of 2 lines here, 500 in the product).
 */
class CountPostingResumeTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    final Actor ada = Actor.named("Ada");

    @Test
    void aRefusedBatchLeavesTheEarlierOnesPostedAndTheNextPostFinishesWithoutPostingAnyLineTwice() {
        Backend backend = fresh.backend();
        CountSessionService sessions = BatchedCountSessions.of(backend, 2);
        List<Long> products = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = TestBackends.product(backend, "RES-" + i).id();
            backend.stock().receive(TestBackends.change(id, "MAIN", 10));
            products.add(id);
        }
        long session = sessions.create(
                        ada, new NewCountSession("Resume", CountScope.locations("MAIN"), false, List.of()))
                .id();
        for (long product : products) {
            sessions.count(new CountEntry(ada, session, product, "MAIN", 8));
        }
        // The fourth product (second batch) has 9 reserved: counting it at 8 cannot be posted.
        long reservation = backend.reservations()
                .reserve(new ReserveCommand(CommandKeys.newKey(), ada, products.get(3), "MAIN", 9, "SO-1", null))
                .id();

        sessions.finishCounting(ada, session);
        assertThatThrownBy(() -> sessions.post(ada, session, "MISSING"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("RES-3 at MAIN");

        assertThat(onHand(backend, products)).containsExactly(8L, 8L, 10L, 10L, 10L);
        CountSessionView half = sessions.session(session);
        assertThat(half.status()).isEqualTo(CountSessionStatus.REVIEW);
        assertThat(half.lines())
                .extracting(CountLineView::state)
                .containsExactly("Posted", "Posted", "Counted", "Counted", "Counted");

        backend.reservations().release(new CloseReservationCommand(CommandKeys.newKey(), ada, reservation));
        CountPosting done = sessions.post(ada, session, "MISSING");

        assertThat(done.postedBefore()).isFalse();
        assertThat(done.session().status()).isEqualTo(CountSessionStatus.POSTED);
        assertThat(onHand(backend, products)).containsExactly(8L, 8L, 8L, 8L, 8L);
        for (long product : products) {
            assertThat(backend.ledger().history(product, 10))
                    .as("a receipt and one count")
                    .hasSize(2);
        }
        assertThat(sessions.post(ada, session, "MISSING").postedBefore()).isTrue();
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    private static List<Long> onHand(Backend backend, List<Long> products) {
        return products.stream()
                .map(p -> backend.catalogue().productRow(p).orElseThrow().onHand())
                .toList();
    }
}
