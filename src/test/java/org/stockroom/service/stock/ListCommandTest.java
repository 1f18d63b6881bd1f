package org.stockroom.service.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A list of products received, issued or moved as one command: all lines or none, once per key. */
class ListCommandTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    final Actor ada = Actor.named("Ada");
    Backend backend;
    long bolt;
    long nut;
    long washer;

    @BeforeEach
    void products() {
        backend = fresh.backend();
        backend.locations().create(ada, "SHELF-B", "Shelf B");
        bolt = TestBackends.product(backend, "BOLT").id();
        nut = TestBackends.product(backend, "NUT").id();
        washer = TestBackends.product(backend, "WASHER").id();
    }

    private ListCommand list(String key, ListCommand.Kind kind, String to, ListCommand.Line... lines) {
        return new ListCommand(key, ada, kind, "MAIN", to, List.of(lines));
    }

    private long onHand(long product) {
        return TestBackends.onHand(backend, product, "MAIN");
    }

    @Test
    void aReceivedListMergesRepeatedProductsKeepsTheirNotesAndRecordsOnce() {
        ListCommand received = list(
                "K-1",
                ListCommand.Kind.RECEIVE,
                null,
                new ListCommand.Line(bolt, 1, "lot A"),
                new ListCommand.Line(nut, 5, null),
                new ListCommand.Line(bolt, 2, "lot B"));

        StockResult first = backend.stock().post(received);
        StockResult again = backend.stock().post(received);

        assertThat(first.movements()).hasSize(2).allMatch(m -> m.type() == MovementType.RECEIVE);
        assertThat(first.movements())
                .filteredOn(m -> m.productId() == bolt)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.quantity()).isEqualTo(3);
                    assertThat(m.note()).isEqualTo("lot A; lot B");
                });
        assertThat(again.replayed()).isTrue();
        assertThat(onHand(bolt)).isEqualTo(3);
        assertThat(onHand(nut)).isEqualTo(5);
    }

    @Test
    void anIssuedListWithOneShortLineIsRefusedWholeNamingItAndChangesNothing() {
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 10));
        backend.stock().receive(TestBackends.change(nut, "MAIN", 2));

        assertThatThrownBy(() -> backend.stock()
                        .post(list(
                                "K-2",
                                ListCommand.Kind.ISSUE,
                                null,
                                new ListCommand.Line(bolt, 4, null),
                                new ListCommand.Line(nut, 3, null))))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("NUT");

        assertThat(onHand(bolt)).as("the first line was not taken either").isEqualTo(10);
        assertThat(onHand(nut)).isEqualTo(2);
        assertThat(backend.verifier().verify().consistent()).isTrue();
        StockResult retried = backend.stock()
                .post(list(
                        "K-2",
                        ListCommand.Kind.ISSUE,
                        null,
                        new ListCommand.Line(bolt, 4, null),
                        new ListCommand.Line(nut, 2, null)));
        assertThat(retried.replayed())
                .as("a refused key is free for the corrected list")
                .isFalse();
        assertThat(onHand(bolt)).isEqualTo(6);
        assertThat(onHand(nut)).isZero();
    }

    @Test
    void aTransferredListMovesEveryLine() {
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 10));
        backend.stock().receive(TestBackends.change(washer, "MAIN", 7));

        StockResult moved = backend.stock()
                .post(list(
                        "K-3",
                        ListCommand.Kind.TRANSFER,
                        "SHELF-B",
                        new ListCommand.Line(bolt, 6, null),
                        new ListCommand.Line(washer, 7, null)));

        assertThat(moved.movements())
                .extracting(m -> m.type())
                .containsExactly(
                        MovementType.TRANSFER_OUT,
                        MovementType.TRANSFER_IN,
                        MovementType.TRANSFER_OUT,
                        MovementType.TRANSFER_IN);
        assertThat(onHand(bolt)).isEqualTo(4);
        assertThat(onHand(washer)).isZero();
        assertThat(backend.catalogue().stockLevels(washer))
                .filteredOn(l -> l.locationCode().equals("SHELF-B"))
                .singleElement()
                .satisfies(l -> assertThat(l.onHand()).isEqualTo(7));
    }

    @Test
    void anEmptyListOrABadLineIsNamedByItsNumber() {
        assertThatThrownBy(() -> backend.stock().post(list("K-4", ListCommand.Kind.RECEIVE, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("The list is empty");
        assertThatThrownBy(() -> backend.stock()
                        .post(list(
                                "K-5",
                                ListCommand.Kind.RECEIVE,
                                null,
                                new ListCommand.Line(bolt, 1, null),
                                new ListCommand.Line(nut, 0, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Line 2: quantity");
        assertThat(onHand(bolt)).isZero();
    }
}
