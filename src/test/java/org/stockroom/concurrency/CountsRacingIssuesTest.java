package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;

/**
 * Counts (version-checked) and issues (conditional deltas) on one hot stock level at the same time. A count
 * that loses the race is refused; it must never undo an issue that committed meanwhile.
 *
 * <p>The same shape of contention as the H2 rollback fault in docs/decisions/0004-h2-version.md, through
 * Stockroom's own services (it did not catch that fault here; RollbackUnderContentionTest does).
 */
class CountsRacingIssuesTest {

    static final int ISSUERS = 6;
    static final int COUNTERS = 6;
    static final int OPERATIONS_EACH = 150;
    static final long INITIAL = 1_000_000;

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    long productId;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        productId = TestBackends.product(backend, "HOT-1").id();
        backend.stock().receive(TestBackends.change(productId, "MAIN", INITIAL));
    }

    @Test
    void aRefusedCountNeverUndoesAnIssue() throws Exception {
        assertNoIssueUndone(this::count);
    }

    @Test
    void theCheckCatchesACountThatIgnoresTheVersion() {
        assertThatThrownBy(() -> assertNoIssueUndone(this::countIgnoringVersion))
                .as("the same check must catch a count that overwrites issues it did not see")
                .isInstanceOf(AssertionError.class);
    }

    private void assertNoIssueUndone(Counter counter) throws Exception {
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int i = 0; i < ISSUERS; i++) {
            tasks.add(this::issueRepeatedly);
        }
        for (int i = 0; i < COUNTERS; i++) {
            tasks.add(() -> countRepeatedly(counter));
        }
        List<long[]> results = Concurrently.run(ISSUERS + COUNTERS, tasks);
        long issued = results.stream().mapToLong(r -> r[0]).sum();
        long counted = results.stream().mapToLong(r -> r[1]).sum();

        VerificationReport report = backend.verifier().verify();
        assertThat(report.mismatches())
                .as("balances that differ from their ledger")
                .isEmpty();
        assertThat(level().onHand())
                .as("on hand after %d issues and %d confirming counts", issued, counted)
                .isEqualTo(INITIAL - issued);
        assertThat(movements(MovementType.ISSUE))
                .as("every acknowledged issue is in the ledger once")
                .isEqualTo(issued);
    }

    private long movements(MovementType type) {
        return backend.database()
                .transactions()
                .read(s -> s.createSelectionQuery(
                                "select count(*) from Movement where productId = :p and type = :t", Long.class)
                        .setParameter("p", productId)
                        .setParameter("t", type)
                        .getSingleResult());
    }

    /** Issues one at a time; returns how many issues the service acknowledged. */
    private long[] issueRepeatedly() {
        long acknowledged = 0;
        for (int i = 0; i < OPERATIONS_EACH; i++) {
            acknowledged += backend.stock()
                    .issue(TestBackends.change(productId, "MAIN", 1))
                    .movements()
                    .size();
        }
        return new long[] {acknowledged, 0};
    }

    /** Confirms what it saw, again and again. */
    private long[] countRepeatedly(Counter counter) {
        long confirmed = 0;
        for (int i = 0; i < OPERATIONS_EACH; i++) {
            if (counter.confirm(level())) {
                confirmed++;
            }
        }
        return new long[] {0, confirmed};
    }

    /** Stockroom's count: succeeds only if nothing moved between the look and the write. */
    private boolean count(StockLevelView seen) {
        try {
            backend.stock()
                    .count(new CountCommand(
                            UUID.randomUUID().toString(),
                            Actor.named(TestBackends.USER),
                            productId,
                            "MAIN",
                            seen.onHand(),
                            seen.version(),
                            null));
            return true;
        } catch (CountConflictException refused) {
            return false; // expected most of the time: an issue got in between
        }
    }

    /** The naive count: writes what was seen whatever happened since (no version check, no ledger row). */
    private boolean countIgnoringVersion(StockLevelView seen) {
        return backend.database()
                .transactions()
                .inTransaction(session -> session.createNativeMutationQuery(
                                        "UPDATE stock_level SET on_hand = :counted, version = version + 1"
                                                + " WHERE product_id = :p AND location_id = :l")
                                .setParameter("counted", seen.onHand())
                                .setParameter("p", productId)
                                .setParameter("l", seen.locationId())
                                .executeUpdate()
                        == 1);
    }

    @FunctionalInterface
    private interface Counter {
        boolean confirm(StockLevelView seen);
    }

    private StockLevelView level() {
        return backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals("MAIN"))
                .findFirst()
                .orElseThrow();
    }
}
