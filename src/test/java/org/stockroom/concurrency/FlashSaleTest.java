package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.InsufficientStockException;

/**
 * The flash sale: 150 buyers, 16 threads, 100 units. Exactly 100 sales may happen. The same check, run on a
 * naive read-modify-write issue, must catch the overselling; otherwise the check proves nothing.
 */
class FlashSaleTest {

    static final int STOCK = 100;
    static final int BUYERS = 150;
    static final int THREADS = 16;

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    long productId;
    long mainId;

    @BeforeEach
    void stockUp() {
        backend = fresh.backend();
        productId = TestBackends.product(backend, "SALE-1").id();
        backend.stock().receive(TestBackends.change(productId, "MAIN", STOCK));
        mainId = backend.catalogue().locations().get(0).id();
    }

    @Test
    void flashSaleSellsExactlyTheStockAndRefusesTheRest() throws Exception {
        Outcome outcome = sell(() -> {
            try {
                backend.stock().issue(TestBackends.change(productId, "MAIN", 1));
                return true;
            } catch (InsufficientStockException refused) {
                return false;
            }
        });

        assertSoldExactlyTheStock(outcome);
    }

    @Test
    void naiveReadModifyWriteIsCaughtOverselling() throws Exception {
        NaiveIssue naive = new NaiveIssue(backend.database().transactions());

        Outcome outcome = sell(() -> naive.issueOne(productId, mainId));

        assertThatThrownBy(() -> assertSoldExactlyTheStock(outcome))
                .as("the flash-sale check must catch a naive read-modify-write (got %s)", outcome)
                .isInstanceOf(AssertionError.class);
    }

    private Outcome sell(Callable<Boolean> buyer) throws Exception {
        List<Callable<Boolean>> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(buyer);
        }
        List<Boolean> results = Concurrently.run(THREADS, buyers);
        long sold = results.stream().filter(b -> b).count();
        long onHand = backend.catalogue().productRow(productId).orElseThrow().onHand();
        long issueMovements = backend.database()
                .transactions()
                .read(s -> s.createSelectionQuery(
                                "select count(*) from Movement where productId = :p and type = ISSUE", Long.class)
                        .setParameter("p", productId)
                        .getSingleResult());
        boolean ledgerConsistent = backend.verifier().verify().consistent();
        return new Outcome(sold, BUYERS - sold, onHand, issueMovements, ledgerConsistent);
    }

    private static void assertSoldExactlyTheStock(Outcome outcome) {
        assertThat(outcome.sold()).as("sales (%s)", outcome).isEqualTo(STOCK);
        assertThat(outcome.refused()).as("refusals (%s)", outcome).isEqualTo(BUYERS - STOCK);
        assertThat(outcome.onHand()).as("on hand after the sale (%s)", outcome).isZero();
        assertThat(outcome.issueMovements()).as("issue movements (%s)", outcome).isEqualTo(STOCK);
        assertThat(outcome.ledgerConsistent())
                .as("on hand equals the sum of movements (%s)", outcome)
                .isTrue();
    }

    record Outcome(long sold, long refused, long onHand, long issueMovements, boolean ledgerConsistent) {}
}
