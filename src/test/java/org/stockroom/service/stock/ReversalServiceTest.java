package org.stockroom.service.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.MutableClock;
import org.stockroom.TestProduct;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;

/** Reversals: the rules of the issue (double, overselling, a count, own last command) on a real database. */
class ReversalServiceTest {

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final FreshBackend fresh = freshBackend(clock);

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend(java.time.Clock clock) {
        return new FreshBackend(clock);
    }

    final Actor ada = Actor.named("Ada");
    final Actor cleo = Actor.at("Cleo", "packing-2");
    final Actor dan = Actor.named("Dan");
    Backend backend;
    long bolt;

    @BeforeEach
    void stock() {
        backend = fresh.backend();
        backend.locations().create(ada, "SHOP", "Shop");
        bolt = TestProduct.sku("BOLT").createIn(backend).id();
    }

    private String receive(Actor by, long quantity) {
        String key = CommandKeys.newKey();
        backend.stock().receive(new StockChange(key, by, bolt, "MAIN", quantity, null, null));
        return key;
    }

    private String issue(Actor by, long quantity) {
        String key = CommandKeys.newKey();
        backend.stock().issue(new StockChange(key, by, bolt, "MAIN", quantity, null, null));
        return key;
    }

    private StockResult reverse(Actor by, String key) {
        return backend.reversals().reverse(new ReverseCommand(CommandKeys.newKey(), by, key, "DATA_ENTRY", null));
    }

    private long onHand(String location) {
        return backend.catalogue().stockLevels(bolt).stream()
                .filter(l -> l.locationCode().equals(location))
                .mapToLong(StockLevelView::onHand)
                .findFirst()
                .orElse(0);
    }

    @Test
    void aReversalIsACompensatingMovementWithItsReasonAndTheLedgerStillAddsUp() {
        receive(ada, 50);
        String wrong = receive(ada, 12);

        StockResult back = reverse(ada, wrong);

        assertThat(back.movements()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.REVERSE);
            assertThat(m.quantity()).isEqualTo(-12);
            assertThat(m.onHandAfter()).isEqualTo(50);
            assertThat(m.reason()).isEqualTo("DATA_ENTRY");
            assertThat(m.note()).startsWith("Reverses RECEIVE by Ada at ");
        });
        assertThat(onHand("MAIN")).isEqualTo(50);
        assertThat(backend.ledger().history(bolt, 10))
                .extracting(MovementView::type)
                .containsExactly(MovementType.REVERSE, MovementType.RECEIVE, MovementType.RECEIVE);
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aCommandIsReversedOnceAndTheSameReversalSentTwiceIsRecordedOnce() {
        String wrong = receive(ada, 12);
        ReverseCommand once = new ReverseCommand(CommandKeys.newKey(), ada, wrong, "duplicate", "typed twice");
        backend.reversals().reverse(once);

        assertThat(backend.reversals().reverse(once).replayed()).isTrue();
        assertThatThrownBy(() -> reverse(ada, wrong))
                .isInstanceOf(AlreadyReversedException.class)
                .hasMessageContaining("already reversed by Ada");
        assertThat(onHand("MAIN")).isZero();
        assertThat(backend.ledger().history(bolt, 10)).hasSize(2);
    }

    @Test
    void aReversalThatWouldOversellIsRefusedAndWritesNothing() {
        String receipt = receive(ada, 10);
        issue(ada, 8);

        assertThatThrownBy(() -> reverse(ada, receipt))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessageContaining("would have -8 on hand");
        backend.reservations().reserve(new ReserveCommand(CommandKeys.newKey(), ada, bolt, "MAIN", 2, "SO-1", null));
        String more = receive(ada, 1);
        issue(ada, 1);
        assertThatThrownBy(() -> reverse(ada, more))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessageContaining("with 2 reserved");

        assertThat(onHand("MAIN")).isEqualTo(2);
        assertThat(backend.ledger().history(bolt, 10)).hasSize(4);
        assertThatThrownBy(() -> reverse(ada, receipt))
                .as("refused, so not marked as reversed either")
                .isInstanceOf(ReversalRefusedException.class);
    }

    @Test
    void reversingACountRestoresTheDifferenceItPostedAndKeepsLaterMovements() {
        receive(ada, 100);
        StockLevelView level = backend.catalogue().stockLevels(bolt).get(0);
        String count = CommandKeys.newKey();
        backend.stock().count(new CountCommand(count, ada, bolt, "MAIN", 90, level.version(), null));
        receive(ada, 5);

        reverse(ada, count);

        assertThat(onHand("MAIN"))
                .as("100 - 10 + 5, then the count's -10 taken back")
                .isEqualTo(105);
    }

    @Test
    void aTransferAFulfilmentAndACountSessionPostingAreReversedWhole() {
        receive(ada, 30);
        String transfer = CommandKeys.newKey();
        backend.stock().transfer(new TransferCommand(transfer, ada, bolt, "MAIN", "SHOP", 10, null, null));
        assertThat(reverse(ada, transfer).movements()).hasSize(2);
        assertThat(onHand("MAIN")).isEqualTo(30);
        assertThat(onHand("SHOP")).isZero();

        long reservation = backend.reservations()
                .reserve(new ReserveCommand(CommandKeys.newKey(), ada, bolt, "MAIN", 4, "SO-9", null))
                .id();
        String fulfil = CommandKeys.newKey();
        backend.reservations().fulfil(new CloseReservationCommand(fulfil, ada, reservation));
        reverse(ada, fulfil);
        assertThat(onHand("MAIN")).as("the goods are back on the shelf").isEqualTo(30);
        assertThat(backend.reservations().open(bolt)).isEmpty();

        long session = backend.countSessions()
                .create(ada, new NewCountSession("Shelf", CountScope.locations("MAIN"), false, List.of()))
                .id();
        backend.countSessions().count(new CountEntry(ada, session, bolt, "MAIN", 27));
        backend.countSessions().finishCounting(ada, session);
        backend.countSessions().post(ada, session, "MISSING");
        assertThat(onHand("MAIN")).isEqualTo(27);
        MovementView posted = backend.ledger().history(bolt, 1).get(0);
        String postingKey = "count-session-" + session + "-"
                + backend.countSessions().session(session).lines().get(0).id();
        assertThat(posted.type()).isEqualTo(MovementType.COUNT);
        reverse(ada, postingKey);
        assertThat(onHand("MAIN")).isEqualTo(30);
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aClerkMayTakeBackOnlyTheirOwnLastCommandWithinTheWindowASupervisorAnything() {
        backend.users().createFirstAdministrator("Ada", "administrator", "office");
        backend.users().add(ada, "Cleo", Role.CLERK, "cleo password");
        backend.users().add(ada, "Dan", Role.CLERK, "dans password");
        backend.users().add(ada, "Sam", Role.SUPERVISOR, "sams password");
        String first = receive(cleo, 5);
        String last = receive(cleo, 7);
        String dans = receive(dan, 3);

        assertThatThrownBy(() -> reverse(cleo, dans))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Supervisor");
        assertThatThrownBy(() -> reverse(cleo, first)).as("not her last").isInstanceOf(NotAllowedException.class);
        assertThat(reverse(cleo, last).movements()).hasSize(1);

        String another = receive(cleo, 2);
        clock.advance(Duration.ofMinutes(16)); // the default window is 15 minutes
        assertThatThrownBy(() -> reverse(cleo, another)).isInstanceOf(NotAllowedException.class);
        assertThat(reverse(Actor.named("Sam"), another).movements()).hasSize(1);
        assertThat(reverse(Actor.named("Sam"), dans).movements()).hasSize(1);
    }

    @Test
    void aReasonCodeIsRequiredAndOnlyStockMovementsAreReversed() {
        String receipt = receive(ada, 5);
        assertThatThrownBy(() ->
                        backend.reversals().reverse(new ReverseCommand(CommandKeys.newKey(), ada, receipt, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("A reason is required")
                .hasMessageContaining("DATA_ENTRY");
        String reserve = CommandKeys.newKey();
        backend.reservations().reserve(new ReserveCommand(reserve, ada, bolt, "MAIN", 1, "SO-2", null));
        assertThatThrownBy(() -> reverse(ada, reserve))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("moved no stock");
        String reversal = CommandKeys.newKey();
        backend.reservations()
                .release(new CloseReservationCommand(
                        CommandKeys.newKey(),
                        ada,
                        backend.reservations().open(bolt).get(0).id()));
        backend.reversals().reverse(new ReverseCommand(reversal, ada, receipt, "DATA_ENTRY", null));
        assertThatThrownBy(() -> reverse(ada, reversal))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is a reversal");
        assertThatThrownBy(() -> reverse(ada, "no-such-key")).hasMessageContaining("No command with key no-such-key");
    }
}
