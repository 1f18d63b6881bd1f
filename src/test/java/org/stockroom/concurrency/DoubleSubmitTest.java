package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;
import org.stockroom.service.stock.TransferCommand;

/** A command submitted twice (a double click, a retry after a timeout) is recorded once. */
class DoubleSubmitTest {

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
        productId = TestBackends.product(backend, "TWICE-1").id();
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery(
                                "INSERT INTO location (code, name, version) VALUES ('SHOP', 'Shop floor', 0)")
                        .executeUpdate());
    }

    @Test
    void sameCommandTwiceRecordsOneMovement() {
        StockChange receive = TestBackends.change(productId, "MAIN", 5);

        StockResult first = backend.stock().receive(receive);
        StockResult second = backend.stock().receive(receive);

        assertThat(second.replayed()).isTrue();
        assertThat(second.movements()).isEqualTo(first.movements());
        assertThat(movementCount()).isEqualTo(1);
        assertThat(onHand()).isEqualTo(5);
    }

    @Test
    void aTransferSubmittedTwiceRecordsItsTwoMovementsOnce() {
        backend.stock().receive(TestBackends.change(productId, "MAIN", 5));
        TransferCommand transfer = new TransferCommand(
                CommandKeys.newKey(), Actor.named(TestBackends.USER), productId, "MAIN", "SHOP", 2, null, null);

        backend.stock().transfer(transfer);
        StockResult again = backend.stock().transfer(transfer);

        assertThat(again.replayed()).isTrue();
        assertThat(again.movements()).hasSize(2);
        assertThat(movementCount()).isEqualTo(3);
    }

    @Test
    void concurrentDuplicatesOfOneCommandRecordOneMovement() throws Exception {
        StockChange receive = TestBackends.change(productId, "MAIN", 5);

        assertRecordedOnce(() -> receive);
    }

    @Test
    void submissionsWithoutAStableKeyAreCaughtDoubling() {
        // A dialog that minted a new key per click: the same check must see the duplicates.
        assertThatThrownBy(() -> assertRecordedOnce(() -> TestBackends.change(productId, "MAIN", 5)))
                .isInstanceOf(AssertionError.class);
    }

    private void assertRecordedOnce(Supplier<StockChange> submission) throws Exception {
        List<Callable<StockResult>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> backend.stock().receive(submission.get()));
        }
        List<StockResult> results = Concurrently.run(8, clicks);

        assertThat(results.stream().filter(r -> !r.replayed()).count())
                .as("submissions that wrote")
                .isEqualTo(1);
        assertThat(movementCount()).as("movements").isEqualTo(1);
        assertThat(onHand()).as("on hand").isEqualTo(5);
    }

    private long movementCount() {
        return backend.ledger().history(productId, 100).size();
    }

    private long onHand() {
        return backend.catalogue().productRow(productId).orElseThrow().onHand();
    }
}
