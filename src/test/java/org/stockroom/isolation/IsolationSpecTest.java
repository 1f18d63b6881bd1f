package org.stockroom.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.product.ProductConflictException;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;

/**
 * Deterministic interleaving specs: two sessions, fixed steps, every order that keeps each session's own order.
 * Each step is run against the real services and against a small sequential model of the rules; the outcome of
 * every step and the final state must agree in every permutation.
 */
class IsolationSpecTest {

    @TempDir
    static Path folder;

    static Backend backend;
    static int products;

    @BeforeAll
    static void open() {
        backend = TestBackends.open(folder);
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    /** A reserves 6 of 10 then releases; B issues 5 twice. Available must never go below zero. */
    @TestFactory
    Stream<DynamicTest> reserveAgainstIssue() {
        return spec(
                "reserve/issue",
                10,
                List.of(
                        step("reserve 6", w -> w.reserve(6), m -> m.reserve(6)),
                        step("release", World::release, Model::release)),
                List.of(
                        step("issue 5", w -> w.issue(5), m -> m.issue(5)),
                        step("issue 5", w -> w.issue(5), m -> m.issue(5))));
    }

    /** A looks at the stock and counts 8; B issues 3 and receives 2. A count based on a stale view conflicts. */
    @TestFactory
    Stream<DynamicTest> countAgainstIssue() {
        return spec(
                "count/issue",
                10,
                List.of(step("view", World::view, Model::view), step("count 8", w -> w.count(8), m -> m.count(8))),
                List.of(
                        step("issue 3", w -> w.issue(3), m -> m.issue(3)),
                        step("receive 2", w -> w.receive(2), m -> m.receive(2))));
    }

    /** A reserves 4 and fulfils; B looks and counts 2. A count below what is reserved is refused. */
    @TestFactory
    Stream<DynamicTest> countAgainstReservation() {
        return spec(
                "count/reserve",
                10,
                List.of(
                        step("reserve 4", w -> w.reserve(4), m -> m.reserve(4)),
                        step("fulfil", World::fulfil, Model::fulfil)),
                List.of(step("view", World::view, Model::view), step("count 2", w -> w.count(2), m -> m.count(2))));
    }

    /** Two people open the same product and save different fields: a save over an unseen save conflicts. */
    @TestFactory
    Stream<DynamicTest> productEditAgainstProductEdit() {
        return spec(
                "edit/edit",
                0,
                List.of(
                        step("open", World::open, Model::open),
                        step("rename", w -> w.save("Renamed by A", null), m -> m.save("Renamed by A", null))),
                List.of(
                        step("open", World::open, Model::open),
                        step("reorder 9", w -> w.save(null, 9L), m -> m.save(null, 9L))));
    }

    /** Negative control: a count that ignores what the counter saw must disagree with the rules somewhere. */
    @Test
    void aCountThatIgnoresTheSeenVersionIsCaught() {
        List<Step> a = List.of(
                step("view", World::view, Model::view),
                step("count 8", w -> w.countIgnoringWhatWasSeen(8), m -> m.count(8)));
        List<Step> b = List.of(
                step("issue 3", w -> w.issue(3), m -> m.issue(3)),
                step("receive 2", w -> w.receive(2), m -> m.receive(2)));

        long disagreeing = Interleavings.of(2, 2).stream()
                .filter(order -> !run(order, 10, a, b).agree())
                .count();

        assertThat(disagreeing)
                .as("permutations where the naive count breaks the rules")
                .isPositive();
    }

    private Stream<DynamicTest> spec(String name, long initial, List<Step> a, List<Step> b) {
        return Interleavings.of(a.size(), b.size()).stream()
                .map(order -> DynamicTest.dynamicTest(name + " " + label(order, a, b), () -> {
                    Outcomes outcomes = run(order, initial, a, b);
                    assertThat(outcomes.actual())
                            .as("outcomes in order %s", order)
                            .isEqualTo(outcomes.expected());
                }));
    }

    private static Outcomes run(List<String> order, long initial, List<Step> a, List<Step> b) {
        World world = new World(initial);
        Model model = new Model(initial);
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int nextA = 0;
        int nextB = 0;
        for (String session : order) {
            Step step = session.equals("A") ? a.get(nextA++) : b.get(nextB++);
            world.session = session;
            model.session = session;
            actual.add(session + ":" + step.name() + "=" + step.real().apply(world));
            expected.add(session + ":" + step.name() + "=" + step.model().apply(model));
        }
        actual.add("final=" + world.state());
        expected.add("final=" + model.state());
        return new Outcomes(actual, expected);
    }

    record Outcomes(List<String> actual, List<String> expected) {
        boolean agree() {
            return actual.equals(expected);
        }
    }

    private static String label(List<String> order, List<Step> a, List<Step> b) {
        StringBuilder text = new StringBuilder();
        int nextA = 0;
        int nextB = 0;
        for (String session : order) {
            Step step = session.equals("A") ? a.get(nextA++) : b.get(nextB++);
            text.append(session)
                    .append('.')
                    .append(step.name().replace(' ', '_'))
                    .append(' ');
        }
        return text.toString().strip();
    }

    private static Step step(String name, Function<World, String> real, Function<Model, String> model) {
        return new Step(name, real, model);
    }

    record Step(String name, Function<World, String> real, Function<Model, String> model) {}

    /** The real system: one fresh product, and what each session has seen. */
    static final class World {
        final long productId;
        String session = "A";
        final long[] seenVersion = new long[2];
        final ProductView[] opened = new ProductView[2];
        Long reservationId;

        World(long initial) {
            productId = TestBackends.product(backend, "ISO-" + (++products)).id();
            if (initial > 0) {
                backend.stock().receive(TestBackends.change(productId, "MAIN", initial));
            }
        }

        private int me() {
            return session.equals("A") ? 0 : 1;
        }

        String issue(long q) {
            return outcome(() -> backend.stock().issue(TestBackends.change(productId, "MAIN", q)));
        }

        String receive(long q) {
            return outcome(() -> backend.stock().receive(TestBackends.change(productId, "MAIN", q)));
        }

        String reserve(long q) {
            return outcome(() -> reservationId = backend.reservations()
                    .reserve(new ReserveCommand(
                            CommandKeys.newKey(), Actor.named(session), productId, "MAIN", q, "ISO", null))
                    .id());
        }

        String release() {
            return reservationId == null
                    ? "skipped"
                    : outcome(() -> backend.reservations()
                            .release(new CloseReservationCommand(
                                    CommandKeys.newKey(), Actor.named(session), reservationId)));
        }

        String fulfil() {
            return reservationId == null
                    ? "skipped"
                    : outcome(() -> backend.reservations()
                            .fulfil(new CloseReservationCommand(
                                    CommandKeys.newKey(), Actor.named(session), reservationId)));
        }

        String view() {
            seenVersion[me()] = level().version();
            return "ok";
        }

        String count(long q) {
            return outcome(() -> backend.stock()
                    .count(new CountCommand(
                            CommandKeys.newKey(),
                            Actor.named(session),
                            productId,
                            "MAIN",
                            q,
                            seenVersion[me()],
                            null)));
        }

        /** The naive variant: counts against whatever is stored now, as if the counter had just looked. */
        String countIgnoringWhatWasSeen(long q) {
            return outcome(() -> backend.stock()
                    .count(new CountCommand(
                            CommandKeys.newKey(),
                            Actor.named(session),
                            productId,
                            "MAIN",
                            q,
                            level().version(),
                            null)));
        }

        String open() {
            opened[me()] = backend.products().find(productId).orElseThrow();
            return "ok";
        }

        String save(String name, Long reorderPoint) {
            ProductView seen = opened[me()];
            ProductDetails d = seen.details();
            return outcome(() -> backend.products()
                    .update(
                            TestBackends.ACTOR,
                            productId,
                            seen.version(),
                            new ProductDetails(
                                    d.sku(),
                                    name != null ? name : d.name(),
                                    d.category(),
                                    d.unit(),
                                    d.barcode(),
                                    reorderPoint != null ? reorderPoint : d.reorderPoint(),
                                    d.unitCost(),
                                    d.archived())));
        }

        private StockLevelView level() {
            return backend.catalogue().stockLevels(productId).stream()
                    .filter(l -> l.locationCode().equals("MAIN"))
                    .findFirst()
                    .orElseThrow();
        }

        String state() {
            ProductDetails d = backend.products().find(productId).orElseThrow().details();
            return "onHand=" + level().onHand() + " reserved=" + level().reserved() + " name="
                    + (d.name().startsWith("Product ") ? "original" : d.name()) + " reorder=" + d.reorderPoint()
                    + " consistent=" + backend.verifier().verify().consistent();
        }

        private static String outcome(Runnable command) {
            try {
                command.run();
                return "ok";
            } catch (InsufficientStockException e) {
                return "refused";
            } catch (CountConflictException | ProductConflictException e) {
                return "conflict";
            } catch (ValidationException e) {
                return "invalid";
            }
        }
    }

    /** The rules, sequentially: what each step must do given everything that happened before it. */
    static final class Model {
        String session = "A";
        long onHand;
        long reserved;
        long levelVersion;
        long productVersion;
        String name = "original";
        long reorder = TestBackends.details("x").reorderPoint();
        Long reservation;
        boolean reservationOpen;
        final long[] seenLevel = new long[2];
        final long[] seenProduct = new long[2];

        Model(long initial) {
            onHand = initial;
            levelVersion = initial > 0 ? 1 : 0;
        }

        private int me() {
            return session.equals("A") ? 0 : 1;
        }

        String issue(long q) {
            if (onHand - reserved < q) {
                return "refused";
            }
            onHand -= q;
            levelVersion++;
            return "ok";
        }

        String receive(long q) {
            onHand += q;
            levelVersion++;
            return "ok";
        }

        String reserve(long q) {
            if (onHand - reserved < q) {
                return "refused";
            }
            reserved += q;
            levelVersion++;
            reservation = q;
            reservationOpen = true;
            return "ok";
        }

        String release() {
            if (reservation == null) {
                return "skipped";
            }
            reserved -= reservation;
            levelVersion++;
            reservationOpen = false;
            return "ok";
        }

        String fulfil() {
            if (reservation == null) {
                return "skipped";
            }
            onHand -= reservation;
            reserved -= reservation;
            levelVersion++;
            reservationOpen = false;
            return "ok";
        }

        String view() {
            seenLevel[me()] = levelVersion;
            return "ok";
        }

        String count(long q) {
            if (seenLevel[me()] != levelVersion) {
                return "conflict";
            }
            if (q < reserved) {
                return "invalid";
            }
            onHand = q;
            levelVersion++;
            return "ok";
        }

        String open() {
            seenProduct[me()] = productVersion;
            return "ok";
        }

        String save(String newName, Long newReorder) {
            if (seenProduct[me()] != productVersion) {
                return "conflict";
            }
            if (newName != null) {
                name = newName;
            }
            if (newReorder != null) {
                reorder = newReorder;
            }
            productVersion++;
            return "ok";
        }

        String state() {
            return "onHand=" + onHand + " reserved=" + reserved + " name=" + name + " reorder=" + reorder
                    + " consistent=true";
        }
    }
}
