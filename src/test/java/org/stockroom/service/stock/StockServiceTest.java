package org.stockroom.service.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stockroom.TestBackends.USER;
import static org.stockroom.TestBackends.adjustment;
import static org.stockroom.TestBackends.change;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.ledger.MovementView;

class StockServiceTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    StockService stock;
    long productId;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        stock = backend.stock();
        productId = TestBackends.product(backend, "BOLT-1").id();
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery(
                                "INSERT INTO location (code, name, version) VALUES ('SHOP', 'Shop floor', 0)")
                        .executeUpdate());
    }

    private long onHand(String location) {
        return backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals(location))
                .findFirst()
                .orElseThrow()
                .onHand();
    }

    @Test
    void receiveAddsStockAndWritesOneMovement() {
        StockResult result = stock.receive(change(productId, "MAIN", 12));

        assertThat(onHand("MAIN")).isEqualTo(12);
        assertThat(result.replayed()).isFalse();
        assertThat(result.movements()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.RECEIVE);
            assertThat(m.quantity()).isEqualTo(12);
            assertThat(m.onHandAfter()).isEqualTo(12);
            assertThat(m.userName()).isEqualTo(USER);
        });
    }

    @Test
    void issueBeyondAvailableIsRefusedNamingSkuAvailableAndRequested() {
        stock.receive(change(productId, "MAIN", 3));

        assertThatThrownBy(() -> stock.issue(change(productId, "MAIN", 5)))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("BOLT-1")
                .hasMessageContaining("3 available")
                .hasMessageContaining("5 asked");
        assertThat(onHand("MAIN")).as("a refused issue changes nothing").isEqualTo(3);
        assertThat(backend.ledger().history(productId, 10)).hasSize(1);
    }

    @Test
    void issueFromALocationThatNeverHeldTheProductIsRefused() {
        assertThatThrownBy(() -> stock.issue(change(productId, "SHOP", 1)))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("0 available");
    }

    @Test
    void adjustmentNeedsAReasonAndCannotTakeStockBelowZero() {
        stock.receive(change(productId, "MAIN", 4));

        assertThatThrownBy(() -> stock.adjust(adjustment(productId, "MAIN", -1, " ")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> stock.adjust(adjustment(productId, "MAIN", -5, "Damaged")))
                .isInstanceOf(InsufficientStockException.class);

        assertThatThrownBy(() -> stock.adjust(adjustment(productId, "MAIN", -1, "fell off the shelf")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'fell off the shelf' is not a reason code for adjust")
                .hasMessageContaining("DAMAGED");

        StockResult adjusted = stock.adjust(adjustment(productId, "MAIN", -4, "Damaged"));
        assertThat(onHand("MAIN")).isZero();
        assertThat(adjusted.movements().get(0).reason())
                .as("the label typed, the code recorded")
                .isEqualTo("DAMAGED");
    }

    @Test
    void transferWritesTwoMovementsUnderOneCommand() {
        stock.receive(change(productId, "MAIN", 10));

        StockResult result = stock.transfer(
                new TransferCommand(CommandKeys.newKey(), Actor.named(USER), productId, "MAIN", "SHOP", 4, null, null));

        assertThat(onHand("MAIN")).isEqualTo(6);
        assertThat(onHand("SHOP")).isEqualTo(4);
        assertThat(result.movements())
                .extracting(MovementView::type)
                .containsExactly(MovementType.TRANSFER_OUT, MovementType.TRANSFER_IN);
        assertThat(result.movements()).extracting(MovementView::quantity).containsExactly(-4L, 4L);
    }

    @Test
    void transferOfMoreThanAvailableMovesNothing() {
        stock.receive(change(productId, "SHOP", 2));
        stock.receive(change(productId, "MAIN", 1));

        // SHOP's id is higher than MAIN's, so the "in" side is written first here and must be rolled back.
        assertThatThrownBy(() -> stock.transfer(new TransferCommand(
                        CommandKeys.newKey(), Actor.named(USER), productId, "SHOP", "MAIN", 3, null, null)))
                .isInstanceOf(InsufficientStockException.class);

        assertThat(onHand("MAIN")).isEqualTo(1);
        assertThat(onHand("SHOP")).isEqualTo(2);
    }

    @Test
    void countSetsOnHandAndRecordsTheDifference() {
        stock.receive(change(productId, "MAIN", 10));
        long seen = version("MAIN");

        StockResult result = stock.count(
                new CountCommand(CommandKeys.newKey(), Actor.named(USER), productId, "MAIN", 7, seen, null));

        assertThat(onHand("MAIN")).isEqualTo(7);
        assertThat(result.movements()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.COUNT);
            assertThat(m.quantity()).isEqualTo(-3);
        });
    }

    @Test
    void countBasedOnAnOlderViewConflictsAndShowsWhatMovedSince() {
        stock.receive(change(productId, "MAIN", 10));
        long seen = version("MAIN");
        stock.issue(change(productId, "MAIN", 2));
        CountCommand count =
                new CountCommand(CommandKeys.newKey(), Actor.named(USER), productId, "MAIN", 9, seen, null);

        assertThatThrownBy(() -> stock.count(count)).isInstanceOfSatisfying(CountConflictException.class, conflict -> {
            assertThat(conflict.current().onHand()).isEqualTo(8);
            assertThat(conflict.movementsSince()).extracting(MovementView::type).containsExactly(MovementType.ISSUE);
            assertThat(conflict.mine().countedQuantity()).isEqualTo(9);
        });
        assertThat(onHand("MAIN")).isEqualTo(8);

        stock.count(count.rebasedOn(version("MAIN")));
        assertThat(onHand("MAIN")).isEqualTo(9);
    }

    @Test
    void countThatConfirmsTheQuantityStillAdvancesTheVersion() {
        stock.receive(change(productId, "MAIN", 5));
        long seen = version("MAIN");

        stock.count(new CountCommand(CommandKeys.newKey(), Actor.named(USER), productId, "MAIN", 5, seen, null));

        assertThat(version("MAIN")).isGreaterThan(seen);
        assertThat(onHand("MAIN")).isEqualTo(5);
    }

    @Test
    void absurdAndNegativeQuantitiesAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> stock.receive(change(productId, "MAIN", 1_000_000_001L)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1,000,000,000");
        assertThatThrownBy(() -> stock.receive(change(productId, "MAIN", -1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> stock.receive(change(productId, "NOWHERE", 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("NOWHERE");
        assertThat(backend.ledger().history(productId, 10)).isEmpty();
    }

    @Test
    void everyBalanceEqualsTheSumOfItsMovements() {
        stock.receive(change(productId, "MAIN", 10));
        stock.transfer(
                new TransferCommand(CommandKeys.newKey(), Actor.named(USER), productId, "MAIN", "SHOP", 4, null, null));
        stock.issue(change(productId, "SHOP", 1));
        stock.adjust(adjustment(productId, "MAIN", 2, "Found"));
        stock.count(
                new CountCommand(CommandKeys.newKey(), Actor.named(USER), productId, "SHOP", 5, version("SHOP"), null));

        assertThat(backend.verifier().verify().mismatches()).isEmpty();
        List<MovementView> history = backend.ledger().history(productId, 100);
        assertThat(history.stream().mapToLong(MovementView::quantity).sum()).isEqualTo(onHand("MAIN") + onHand("SHOP"));
    }

    private long version(String location) {
        return backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals(location))
                .findFirst()
                .orElseThrow()
                .version();
    }
}
