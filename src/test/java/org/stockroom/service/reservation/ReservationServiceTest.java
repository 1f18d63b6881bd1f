package org.stockroom.service.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.MutableClock;
import org.stockroom.TestBackends;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.reservation.ReservationStatus;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.InsufficientStockException;

class ReservationServiceTest {

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final FreshBackend fresh = freshBackend(clock);

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend(java.time.Clock clock) {
        return new FreshBackend(clock);
    }

    Backend backend;
    ReservationService reservations;
    long productId;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        reservations = backend.reservations();
        productId = TestBackends.product(backend, "RES-1").id();
        backend.stock().receive(TestBackends.change(productId, "MAIN", 10));
    }

    private ReservationView reserve(long quantity, Duration expires) {
        return reservations.reserve(new ReserveCommand(
                CommandKeys.newKey(), Actor.named(TestBackends.USER), productId, "MAIN", quantity, "SO-100", expires));
    }

    private static CloseReservationCommand close(ReservationView r) {
        return new CloseReservationCommand(CommandKeys.newKey(), Actor.named(TestBackends.USER), r.id());
    }

    private ProductRow row() {
        return backend.catalogue().productRow(productId).orElseThrow();
    }

    @Test
    void reservingHoldsStockSoItCannotBeIssued() {
        reserve(7, null);

        assertThat(row().reserved()).isEqualTo(7);
        assertThat(row().available()).isEqualTo(3);
        assertThatThrownBy(() -> backend.stock().issue(TestBackends.change(productId, "MAIN", 4)))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("3 available");
        assertThatThrownBy(() -> reserve(4, null)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void releaseGivesTheStockBackAndFulfilIssuesIt() {
        ReservationView a = reserve(3, null);
        ReservationView b = reserve(4, null);

        reservations.release(close(a));
        ReservationView fulfilled = reservations.fulfil(close(b));

        assertThat(fulfilled.status()).isEqualTo(ReservationStatus.FULFILLED);
        assertThat(row().onHand()).isEqualTo(6);
        assertThat(row().reserved()).isZero();
        assertThat(backend.ledger().history(productId, 10)).first().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MovementType.ISSUE);
            assertThat(m.quantity()).isEqualTo(-4);
            assertThat(m.reason()).isEqualTo("Fulfil SO-100");
        });
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aClosedReservationCannotBeClosedAgain() {
        ReservationView r = reserve(2, null);
        reservations.fulfil(close(r));

        assertThatThrownBy(() -> reservations.release(close(r)))
                .isInstanceOf(ReservationClosedException.class)
                .hasMessageContaining("already fulfilled");
        assertThat(row().onHand()).isEqualTo(8);
    }

    @Test
    void theSameReserveSubmittedTwiceHoldsOnce() {
        ReserveCommand command = new ReserveCommand(
                CommandKeys.newKey(), Actor.named(TestBackends.USER), productId, "MAIN", 2, "SO-7", null);

        ReservationView first = reservations.reserve(command);
        ReservationView second = reservations.reserve(command);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(row().reserved()).isEqualTo(2);
    }

    @Test
    void aBackendThatStaysOpenReleasesExpiredReservationsByItself() throws Exception {
        reserve(2, Duration.ofHours(1));
        clock.advance(Duration.ofHours(2));

        backend.startReservationExpiry();
        backend.startReservationExpiry(); // a second start changes nothing

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (row().reserved() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(row().reserved())
                .as("released in the background, without a call")
                .isZero();
        assertThat(reservations.open(productId)).isEmpty();
    }

    @Test
    void expiredReservationsAreReleasedAndOthersKept() {
        reserve(2, Duration.ofHours(1));
        ReservationView lasting = reserve(3, Duration.ofDays(2));
        reserve(1, null);

        clock.advance(Duration.ofHours(2));
        int expired = reservations.expireDue();

        assertThat(expired).isEqualTo(1);
        assertThat(reservations.open(productId))
                .extracting(ReservationView::id)
                .contains(lasting.id())
                .hasSize(2);
        assertThat(row().reserved()).isEqualTo(4);
        assertThat(reservations.expireDue()).as("nothing left to expire").isZero();
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void releaseAndFulfilRacingForOneReservationCloseItExactlyOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            ReservationView r = reserve(1, null);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            outcomes.add(pool.submit(() -> attempt(() -> reservations.release(close(r)))));
            outcomes.add(pool.submit(() -> attempt(() -> reservations.fulfil(close(r)))));
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            long succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get() ? 1 : 0;
            }
            assertThat(succeeded).as("closes that succeeded in round %d", round).isEqualTo(1);
        }
        assertThat(row().reserved()).isZero();
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    private static boolean attempt(Runnable close) {
        try {
            close.run();
            return true;
        } catch (ReservationClosedException lost) {
            return false;
        }
    }

    @Test
    void verifierReportsReservedThatNoOpenReservationExplains() {
        reserve(2, null);
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery("UPDATE stock_level SET reserved = 5")
                                .executeUpdate()
                        + s.createNativeMutationQuery("UPDATE product SET reserved_total = 5,"
                                        + " available_total = on_hand_total - 5")
                                .executeUpdate());

        assertThat(backend.verifier().verify().mismatches())
                .singleElement()
                .hasToString("RES-1 at MAIN: reserved 5, open reservations sum to 2 (difference 3)");
    }

    @Test
    void verifierReportsProductTotalsThatDisagreeWithTheirStockLevels() {
        reserve(2, null);
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery("UPDATE product SET on_hand_total = on_hand_total + 1")
                        .executeUpdate());

        assertThat(backend.verifier().verify().mismatches())
                .map(Object::toString)
                .containsExactly("RES-1 at all locations: on hand total 11, its stock levels sum to 10 (difference 1)");
    }

    @Test
    void aReservationNeedsAReferenceAndAFutureExpiry() {
        assertThatThrownBy(() -> reservations.reserve(new ReserveCommand(
                        CommandKeys.newKey(),
                        Actor.named(TestBackends.USER),
                        productId,
                        "MAIN",
                        1,
                        " ",
                        Duration.ofHours(-1))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).hasSize(2));
        assertThatThrownBy(() -> ReservationService.parseDuration("soon")).hasMessageContaining("30m, 2h or 3d");
        assertThat(ReservationService.parseDuration("3d")).isEqualTo(Duration.ofDays(3));
    }
}
