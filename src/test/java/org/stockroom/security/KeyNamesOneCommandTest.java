package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.ListCommand;
import org.stockroom.service.stock.ReverseCommand;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;
import org.stockroom.service.stock.TransferCommand;

/**
 * Issue 24, finding 4: a key names one command. The same key with the same command is "already recorded"; with
 * another command (kind, product, location or quantity) it is refused, naming what the key was used for, and
 * nothing is written. Before the fix the second call returned the first command's movements as a success.
 */
class KeyNamesOneCommandTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    static final Actor ADA = Actor.named(TestBackends.USER);

    Backend backend;
    long hw1;
    long hw2;

    @BeforeEach
    void catalogue() {
        backend = fresh.backend();
        backend.locations().create(ADA, "SHOP", "Shop floor");
        hw1 = TestBackends.product(backend, "HW-1").id();
        hw2 = TestBackends.product(backend, "HW-2").id();
        backend.stock().receive(change("stock-1", hw1, "MAIN", 50));
        backend.stock().receive(change("stock-2", hw2, "MAIN", 50));
    }

    @Test
    void theSameReceiptAgainIsAlreadyRecorded() {
        backend.stock().receive(change("seed-1", hw1, "MAIN", 100));

        StockResult again = backend.stock().receive(change("seed-1", hw1, "MAIN", 100));

        assertThat(again.replayed()).isTrue();
        assertThat(TestBackends.onHand(backend, hw1, "MAIN")).isEqualTo(150);
    }

    @Test
    void anIssueUnderAReceiptsKeyIsRefusedNamingTheReceipt() {
        backend.stock().receive(change("seed-1", hw1, "MAIN", 100));
        long movements = movements();

        assertThatThrownBy(() -> backend.stock().issue(change("seed-1", hw1, "MAIN", 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageMatching("(?s).*Key seed-1 was used for RECEIVE HW-1 \\+100 at MAIN at "
                        + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; nothing was done.*");
        assertThat(movements()).isEqualTo(movements);
        assertThat(TestBackends.onHand(backend, hw1, "MAIN")).isEqualTo(150);
    }

    @Test
    void everyKindOfStockCommandRefusesItsKeyForAnotherOne() {
        assertRefusedWhenChanged(
                "receive",
                k -> backend.stock().receive(change(k, hw1, "MAIN", 5)),
                k -> backend.stock().receive(change(k, hw1, "MAIN", 6)));
        assertRefusedWhenChanged(
                "issue",
                k -> backend.stock().issue(change(k, hw1, "MAIN", 2)),
                k -> backend.stock().issue(change(k, hw2, "MAIN", 2)));
        assertRefusedWhenChanged(
                "adjust",
                k -> backend.stock().adjust(adjust(k, hw1, "MAIN", -1)),
                k -> backend.stock().adjust(adjust(k, hw1, "SHOP", 1)));
        assertRefusedWhenChanged(
                "transfer",
                k -> backend.stock().transfer(transfer(k, hw1, "MAIN", "SHOP", 3)),
                k -> backend.stock().transfer(transfer(k, hw1, "SHOP", "MAIN", 3)));
        assertRefusedWhenChanged(
                "count",
                k -> backend.stock().count(count(k, hw2, 40)),
                k -> backend.stock().count(count(k, hw2, 41)));
        assertRefusedWhenChanged(
                "list",
                k -> backend.stock()
                        .post(list(k, new ListCommand.Line(hw1, 1, null), new ListCommand.Line(hw2, 1, null))),
                k -> backend.stock()
                        .post(list(k, new ListCommand.Line(hw1, 1, null), new ListCommand.Line(hw2, 2, null))));
    }

    @Test
    void reservationsAndReversalsRefuseTheirKeyForAnotherCommand() {
        assertRefusedWhenChanged(
                "reserve",
                k -> backend.reservations().reserve(new ReserveCommand(k, ADA, hw1, "MAIN", 4, "SO-1", null)),
                k -> backend.reservations().reserve(new ReserveCommand(k, ADA, hw1, "MAIN", 5, "SO-1", null)));
        long r1 = backend.reservations()
                .reserve(new ReserveCommand("res-a", ADA, hw1, "MAIN", 1, "SO-2", null))
                .id();
        long r2 = backend.reservations()
                .reserve(new ReserveCommand("res-b", ADA, hw1, "MAIN", 1, "SO-3", null))
                .id();
        assertRefusedWhenChanged(
                "release",
                k -> backend.reservations().release(new CloseReservationCommand(k, ADA, r1)),
                k -> backend.reservations().release(new CloseReservationCommand(k, ADA, r2)));
        backend.stock().receive(change("to-undo-1", hw1, "MAIN", 7));
        backend.stock().receive(change("to-undo-2", hw1, "MAIN", 8));
        assertRefusedWhenChanged(
                "reverse",
                k -> backend.reversals().reverse(new ReverseCommand(k, ADA, "to-undo-1", "DATA_ENTRY", null)),
                k -> backend.reversals().reverse(new ReverseCommand(k, ADA, "to-undo-2", "DATA_ENTRY", null)));
    }

    @Test
    void aKeyOfOneKindIsRefusedForAnotherKind() {
        backend.reservations().reserve(new ReserveCommand("mixed-1", ADA, hw1, "MAIN", 2, "SO-9", null));
        long movements = movements();

        assertThatThrownBy(() -> backend.stock().receive(change("mixed-1", hw1, "MAIN", 2)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Key mixed-1 was used for RESERVE HW-1 2 at MAIN at ");
        assertThat(movements()).isEqualTo(movements);
    }

    /** The first run records; the same again replays; the changed one is refused and writes nothing. */
    private void assertRefusedWhenChanged(
            String kind, Function<String, Object> first, Function<String, Object> changed) {
        String key = "key-" + kind;
        first.apply(key);
        first.apply(key); // same key, same command: already recorded, no error
        long movements = movements();
        List<Long> onHand = List.of(
                TestBackends.onHand(backend, hw1, "MAIN"),
                TestBackends.onHand(backend, hw1, "SHOP"),
                TestBackends.onHand(backend, hw2, "MAIN"));

        assertThatThrownBy(() -> changed.apply(key))
                .as(kind)
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Key " + key + " was used for ")
                .hasMessageContaining("; nothing was done");
        assertThat(movements()).as(kind).isEqualTo(movements);
        assertThat(List.of(
                        TestBackends.onHand(backend, hw1, "MAIN"),
                        TestBackends.onHand(backend, hw1, "SHOP"),
                        TestBackends.onHand(backend, hw2, "MAIN")))
                .as(kind)
                .isEqualTo(onHand);
    }

    private long movements() {
        return backend.verifier().verify().movements();
    }

    private static StockChange change(String key, long productId, String location, long quantity) {
        return new StockChange(key, ADA, productId, location, quantity, null, null);
    }

    private static StockChange adjust(String key, long productId, String location, long delta) {
        return new StockChange(key, ADA, productId, location, delta, "DATA_ENTRY", null);
    }

    private static TransferCommand transfer(String key, long productId, String from, String to, long quantity) {
        return new TransferCommand(key, ADA, productId, from, to, quantity, null, null);
    }

    private CountCommand count(String key, long productId, long counted) {
        long version = backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .version();
        return new CountCommand(key, ADA, productId, "MAIN", counted, version, null);
    }

    private static ListCommand list(String key, ListCommand.Line... lines) {
        return new ListCommand(key, ADA, ListCommand.Kind.RECEIVE, "MAIN", null, List.of(lines));
    }
}
