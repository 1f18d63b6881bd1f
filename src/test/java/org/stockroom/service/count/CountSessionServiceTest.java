package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.stock.CommandKeys;

class CountSessionServiceTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    final Actor ada = Actor.named("Ada");
    final Actor cleo = Actor.at("Cleo", "scanner-3");
    final Actor dan = Actor.named("Dan");
    Backend backend;
    long bolt;
    long nut;
    long washer;

    @BeforeEach
    void stock() {
        backend = fresh.backend();
        backend.locations().create(ada, "SHOP", "Shop");
        bolt = TestProduct.sku("BOLT")
                .unitCost(new BigDecimal("0.50"))
                .createIn(backend)
                .id();
        nut = TestProduct.sku("NUT")
                .unitCost(new BigDecimal("0.10"))
                .createIn(backend)
                .id();
        washer = TestProduct.sku("WASHER").createIn(backend).id();
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 100));
        backend.stock().receive(TestBackends.change(nut, "MAIN", 40));
        backend.stock().receive(TestBackends.change(nut, "SHOP", 5));
        backend.users().createFirstAdministrator("Ada", "administrator", "office");
        backend.users().add(ada, "Cleo", Role.CLERK, "cleo password");
        backend.users().add(ada, "Dan", Role.CLERK, "dans password");
    }

    private CountSessionView plan(boolean blind) {
        return backend.countSessions()
                .create(ada, new NewCountSession("Aisle MAIN", CountScope.locations("MAIN"), blind, List.of()));
    }

    private CountLineView count(Actor who, long session, long product, long quantity) {
        return backend.countSessions().count(new CountEntry(who, session, product, "MAIN", quantity));
    }

    @Test
    void aWholeLocationListsEveryProductStockedThereAndNothingElse() {
        CountSessionView session = plan(false);

        assertThat(session.lines())
                .extracting(CountLineView::sku, CountLineView::locationCode, CountLineView::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BOLT", "MAIN", 100L),
                        org.assertj.core.groups.Tuple.tuple("NUT", "MAIN", 40L));
        assertThat(session.status()).isEqualTo(CountSessionStatus.OPEN);
        assertThat(session.scope()).isEqualTo("Location MAIN");
    }

    @Test
    void aBlindCountShowsNoExpectedQuantityOrVarianceUntilReview() {
        long id = plan(true).id();
        CountLineView counted = count(cleo, id, bolt, 97);

        assertThat(counted.expected()).isNull();
        assertThat(counted.variance()).isNull();
        assertThat(counted.movedSinceCount()).isNull();
        CountSessionView during = backend.countSessions().session(id);
        assertThat(during.lines()).allSatisfy(l -> {
            assertThat(l.expected()).isNull();
            assertThat(l.variance()).isNull();
            assertThat(l.varianceValue()).isNull();
        });
        assertThat(during.summary()).as("totals would give the variance away").isNull();

        CountSessionView review = backend.countSessions().finishCounting(ada, id);

        assertThat(review.lines().get(0).expected()).isEqualTo(100);
        assertThat(review.lines().get(0).variance()).isEqualTo(-3);
        assertThat(review.summary().counted()).isEqualTo(1);
    }

    @Test
    void countedZeroIsNotNotCountedAndOnlyCountedLinesArePosted() {
        long id = plan(false).id();
        count(cleo, id, nut, 0);

        CountSessionView session = backend.countSessions().session(id);
        assertThat(session.lines())
                .extracting(CountLineView::sku, CountLineView::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BOLT", "Not counted"),
                        org.assertj.core.groups.Tuple.tuple("NUT", "Counted"));

        backend.countSessions().finishCounting(ada, id);
        CountPosting posting = backend.countSessions().post(ada, id, "missing");

        assertThat(posting.adjustments()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("NUT");
            assertThat(l.postedAdjustment()).isEqualTo(-40);
        });
        assertThat(onHand(bolt, "MAIN")).as("not counted: left alone").isEqualTo(100);
        assertThat(onHand(nut, "MAIN")).isEqualTo(0);
        MovementView movement = backend.ledger().history(nut, 1).get(0);
        assertThat(movement.type()).isEqualTo(MovementType.COUNT);
        assertThat(movement.reason()).isEqualTo("MISSING");
        assertThat(movement.note()).isEqualTo("Count session " + id + ": Aisle MAIN");
        assertThat(posting.session().status()).isEqualTo(CountSessionStatus.POSTED);
        assertThat(posting.session().summary().accuracyPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void aProductFoundInTheLocationIsAddedAndPostedAsFound() {
        long id = plan(false).id();

        CountLineView found = count(cleo, id, washer, 6);

        assertThat(found.foundInCount()).isTrue();
        assertThat(found.expected()).isZero();
        backend.countSessions().finishCounting(ada, id);
        backend.countSessions().post(ada, id, "FOUND");
        assertThat(onHand(washer, "MAIN")).isEqualTo(6);
        assertThatThrownBy(() -> backend.countSessions()
                        .count(new CountEntry(cleo, plan(false).id(), washer, "SHOP", 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not count location SHOP");
    }

    @Test
    void countingALineAgainReplacesItAndPostingTwiceChangesNothingTheSecondTime() {
        long id = plan(false).id();
        count(cleo, id, bolt, 90);
        count(cleo, id, bolt, 95);

        backend.countSessions().finishCounting(ada, id);
        CountPosting first = backend.countSessions().post(ada, id, "MISSING");
        int movements = backend.ledger().history(bolt, 100).size();
        CountPosting again = backend.countSessions().post(ada, id, "MISSING");

        assertThat(first.postedBefore()).isFalse();
        assertThat(again.postedBefore()).isTrue();
        assertThat(onHand(bolt, "MAIN")).isEqualTo(95);
        assertThat(backend.ledger().history(bolt, 100)).hasSize(movements);
        assertThatThrownBy(() -> count(cleo, id, bolt, 1))
                .isInstanceOf(CountSessionStateException.class)
                .hasMessageContaining("posted");
    }

    @Test
    void aVarianceOverTheThresholdMustBeCountedAgainByAnotherPersonBeforePosting() {
        backend.settings().changeCountRules(ada, new CountRules(5L, null, new BigDecimal("100"), true));
        long id = plan(true).id();

        CountLineView first = count(cleo, id, bolt, 80); // 20 short: over 5 units

        assertThat(first.recountNeeded()).isTrue();
        assertThat(first.state()).isEqualTo("Count again");
        assertThat(count(cleo, id, nut, 38).recountNeeded())
                .as("2 short: within the thresholds")
                .isFalse();
        backend.countSessions().finishCounting(ada, id);
        assertThatThrownBy(() -> backend.countSessions().post(ada, id, "MISSING"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Count again before posting")
                .hasMessageContaining("BOLT at MAIN");
        assertThatThrownBy(() -> count(cleo, id, bolt, 80))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("someone other than Cleo");
        assertThatThrownBy(() -> count(dan, id, nut, 40))
                .as("in review only the lines to count again take counts")
                .isInstanceOf(CountSessionStateException.class);

        CountLineView recount = count(dan, id, bolt, 81);

        assertThat(recount.recountNeeded()).isFalse();
        backend.countSessions().post(ada, id, "MISSING");
        assertThat(onHand(bolt, "MAIN")).isEqualTo(81);
        assertThat(onHand(nut, "MAIN")).isEqualTo(38);
    }

    @Test
    void postingThatWouldLeaveLessThanIsReservedIsRefusedAndWritesNothing() {
        long id = plan(false).id();
        backend.reservations().reserve(new ReserveCommand(CommandKeys.newKey(), ada, bolt, "MAIN", 30, "SO-1", null));
        count(cleo, id, bolt, 10);
        count(cleo, id, nut, 41);
        backend.countSessions().finishCounting(ada, id);

        assertThatThrownBy(() -> backend.countSessions().post(ada, id, new CountReasons("FOUND", "MISSING")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("BOLT at MAIN")
                .hasMessageContaining("30 are reserved");

        assertThat(onHand(bolt, "MAIN")).isEqualTo(100);
        assertThat(onHand(nut, "MAIN")).as("the whole batch was refused").isEqualTo(40);
        assertThat(backend.countSessions().session(id).lines())
                .allSatisfy(l -> assertThat(l.postedAdjustment()).isNull());
    }

    @Test
    void postingNeedsTheReviewAndAReasonThatFitsEachSign() {
        long id = plan(false).id();
        count(cleo, id, bolt, 119); // 19 more than the 100 expected
        count(cleo, id, nut, 38); // 2 fewer than the 40 expected

        assertThatThrownBy(() -> backend.countSessions().post(ada, id, new CountReasons("FOUND", "MISSING")))
                .as("straight from counting")
                .isInstanceOf(CountSessionStateException.class)
                .hasMessageContaining("finish counting and review the variances before posting");
        backend.countSessions().finishCounting(ada, id);
        assertThatThrownBy(() -> backend.countSessions().post(ada, id, "DAMAGED"))
                .as("a gain is never damaged")
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("BOLT at MAIN gained 19, but DAMAGED explains a loss");
        assertThatThrownBy(() -> backend.countSessions().post(ada, id, new CountReasons("FOUND", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("NUT at MAIN lost 2: choose a reason for losses");
        assertThat(onHand(bolt, "MAIN")).as("refused: nothing written").isEqualTo(100);
        assertThat(onHand(nut, "MAIN")).isEqualTo(40);

        backend.countSessions().post(ada, id, new CountReasons("FOUND", "DAMAGED"));

        assertThat(backend.ledger().history(bolt, 1).get(0).reason()).isEqualTo("FOUND");
        assertThat(backend.ledger().history(nut, 1).get(0).reason()).isEqualTo("DAMAGED");
        assertThat(onHand(bolt, "MAIN")).isEqualTo(119);
        assertThat(onHand(nut, "MAIN")).isEqualTo(38);
    }

    @Test
    void rolesCountersAndReasonsAreChecked() {
        long id = backend.countSessions()
                .create(ada, new NewCountSession("Dan only", CountScope.locations("MAIN"), false, List.of("Dan")))
                .id();

        assertThatThrownBy(() -> count(cleo, id, bolt, 1))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not a counter");
        assertThatThrownBy(() -> backend.countSessions()
                        .create(cleo, new NewCountSession("x", CountScope.locations("MAIN"), false, List.of())))
                .isInstanceOf(NotAllowedException.class);
        count(dan, id, bolt, 99);
        backend.countSessions().finishCounting(ada, id);
        assertThatThrownBy(() -> backend.countSessions().post(dan, id, "MISSING"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> backend.countSessions().post(ada, id, "because"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'because' is not a reason code")
                .hasMessageContaining("MISSING");
        assertThatThrownBy(() -> backend.countSessions()
                        .create(ada, new NewCountSession(" ", CountScope.locations("NOWHERE"), false, List.of("Zed"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs a name")
                .hasMessageContaining("No location 'NOWHERE'")
                .hasMessageContaining("No active user 'Zed'");
        assertThat(backend.countSessions().sessions()).singleElement().satisfies(s -> {
            assertThat(s.counted()).isEqualTo(1);
            assertThat(s.lines()).isEqualTo(2);
        });
    }

    private long onHand(long product, String location) {
        return backend.catalogue().stockLevels(product).stream()
                .filter(l -> l.locationCode().equals(location))
                .findFirst()
                .orElseThrow()
                .onHand();
    }
}
