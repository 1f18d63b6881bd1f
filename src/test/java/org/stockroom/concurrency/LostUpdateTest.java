package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductConflictException;
import org.stockroom.service.product.ProductView;

/** Two people edit the same product from the same starting point: the second must not overwrite the first. */
class LostUpdateTest {

    static final int ROUNDS = 20;

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    ProductView original;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        original = TestBackends.product(backend, "EDIT-1");
    }

    @Test
    void secondSaveFromTheSameViewGetsTheConflictAndNothingIsOverwritten() {
        ProductView seenByAnna = backend.products().find(original.id()).orElseThrow();
        ProductView seenByBen = backend.products().find(original.id()).orElseThrow();

        backend.products()
                .update(TestBackends.ACTOR, seenByAnna.id(), seenByAnna.version(), renamed(seenByAnna, "Anna's name"));

        assertThatThrownBy(() -> backend.products()
                        .update(
                                TestBackends.ACTOR,
                                seenByBen.id(),
                                seenByBen.version(),
                                renamed(seenByBen, "Ben's name")))
                .isInstanceOfSatisfying(ProductConflictException.class, conflict -> {
                    assertThat(conflict.mine().name()).isEqualTo("Ben's name");
                    assertThat(conflict.theirs().details().name()).isEqualTo("Anna's name");
                });
        assertThat(storedName()).isEqualTo("Anna's name");
    }

    @Test
    void concurrentSavesFromTheSameViewLetExactlyOneWinEachRound() throws Exception {
        assertNoLostUpdate(this::saveWithVersion);
    }

    @Test
    void lastWriteWinsIsCaughtLosingAnUpdate() {
        assertThatThrownBy(() -> assertNoLostUpdate(this::saveIgnoringVersion))
                .as("the lost-update check must catch a save that ignores the version")
                .isInstanceOf(AssertionError.class);
    }

    /** Each round two writers start from the same view; exactly one may succeed and its value must be stored. */
    private void assertNoLostUpdate(Saver saver) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ProductView seen = backend.products().find(original.id()).orElseThrow();
            String a = "A" + round;
            String b = "B" + round;
            List<Callable<Boolean>> writers = List.of(() -> saver.save(seen, a), () -> saver.save(seen, b));
            List<Boolean> won = Concurrently.run(2, writers);
            long winners = won.stream().filter(w -> w).count();
            assertThat(winners).as("writers that saved in round %d", round).isEqualTo(1);
            assertThat(storedName()).as("stored name in round %d", round).isEqualTo(won.get(0) ? a : b);
        }
    }

    private boolean saveWithVersion(ProductView seen, String name) {
        try {
            backend.products().update(TestBackends.ACTOR, seen.id(), seen.version(), renamed(seen, name));
            return true;
        } catch (ProductConflictException conflict) {
            return false;
        }
    }

    /**
     * The naive variant, last write wins: writes the name without looking at the version. (It used to re-read
     * the version just before saving, which only lost an update when the second read happened to come after the
     * first save; with durable saves that almost never happened, so the control passed by timing, not by design.)
     */
    private boolean saveIgnoringVersion(ProductView seen, String name) {
        return backend.database()
                        .transactions()
                        .inTransaction(session -> session.createNativeMutationQuery(
                                        "UPDATE product SET name = :name, version = version + 1 WHERE id = :id")
                                .setParameter("name", name)
                                .setParameter("id", seen.id())
                                .executeUpdate())
                == 1;
    }

    private String storedName() {
        return backend.products().find(original.id()).orElseThrow().details().name();
    }

    private static ProductDetails renamed(ProductView view, String name) {
        ProductDetails d = view.details();
        return new ProductDetails(
                d.sku(), name, d.category(), d.unit(), d.barcode(), d.reorderPoint(), d.unitCost(), d.archived());
    }

    @FunctionalInterface
    interface Saver {
        boolean save(ProductView seen, String name);
    }
}
