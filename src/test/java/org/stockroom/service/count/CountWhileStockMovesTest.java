package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;

/**
 * The issue's proof: receipts and issues interleaved with counting, and the posted result equals "counted + what
 * moved after the count" for every line. The same check is run on a naive poster that sets on hand to what was
 * counted, and must catch it. Once in a seeded random sequence where the test itself knows what moved after each
 * count, and once with movers on threads of their own while the count is entered and posted.
 */
class CountWhileStockMovesTest {

    static final Actor COUNTER = Actor.named("counter");
    static final List<String> LOCATIONS = List.of("MAIN", "SHOP");

    @TempDir
    Path folder;

    /** How a session's counts reach the ledger. */
    interface Poster {
        void post(Backend backend, long sessionId);
    }

    /** The service's posting: counted against the ledger position of the count. */
    static final Poster LEDGER_POSITION = (backend, id) -> {
        backend.countSessions().finishCounting(COUNTER, id);
        backend.countSessions().post(COUNTER, id, new CountReasons("FOUND", "MISSING"));
    };

    /** The control: what a naive stocktake does, on hand set to the counted quantity when posting. */
    static final Poster SET_TO_COUNTED = (backend, id) -> {
        for (CountLineView line : backend.countSessions().session(id).lines()) {
            if (line.isCounted()) {
                setToCounted(backend, line);
            }
        }
    };

    /** On hand := counted, whatever moved meanwhile: a refused count is sent again at the version now. */
    private static void setToCounted(Backend backend, CountLineView line) {
        long version = backend.catalogue().stockLevels(line.productId()).stream()
                .filter(l -> l.locationCode().equals(line.locationCode()))
                .findFirst()
                .orElseThrow()
                .version();
        while (true) {
            try {
                backend.stock()
                        .count(new CountCommand(
                                CommandKeys.newKey(),
                                COUNTER,
                                line.productId(),
                                line.locationCode(),
                                line.counted(),
                                version,
                                null));
                return;
            } catch (CountConflictException moved) {
                version = moved.current().version();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aSeededInterleavingPostsCountedPlusWhatMovedAfterAndTheNaiveControlIsCaught(long seed) {
        assertThat(mismatchesInSequence(folder.resolve("real"), seed, LEDGER_POSITION))
                .as("lines whose posted on hand is not counted + what moved after the count")
                .isEmpty();
        assertThat(mismatchesInSequence(folder.resolve("naive"), seed, SET_TO_COUNTED))
                .as("the naive control must be caught by the same check")
                .isNotEmpty();
    }

    @Test
    void moversOnTheirOwnThreadsDuringCountingAndPostingAndTheNaiveControlIsCaught() throws Exception {
        assertThat(mismatchesWithMovers(folder.resolve("real"), LEDGER_POSITION))
                .isEmpty();
        assertThat(mismatchesWithMovers(folder.resolve("naive"), SET_TO_COUNTED))
                .isNotEmpty();
    }

    /**
     * One thread, a random order of counts and movements. The test keeps its own books: the on hand it expects
     * per line, what each counter found (the on hand then, give or take a few), and the sum of what moved at the
     * line after its count. Returns the lines where the posted on hand differs from counted + moved after.
     */
    private List<String> mismatchesInSequence(Path data, long seed, Poster poster) {
        Random random = new Random(seed);
        try (Backend backend = Backend.open(data)) {
            List<Line> lines = stock(backend, 8, random);
            long sessionId = backend.countSessions()
                    .create(COUNTER, new NewCountSession("Weekly", CountScope.locations("MAIN", "SHOP"), false, null))
                    .id();
            List<Runnable> steps = new ArrayList<>();
            for (Line line : lines) {
                steps.add(() -> {
                    long found = Math.max(0, line.onHand + random.nextInt(7) - 3); // what was on the shelf, near enough
                    backend.countSessions()
                            .count(new CountEntry(COUNTER, sessionId, line.productId, line.location, found));
                    line.counted = found;
                    line.movedAfterCount = 0;
                });
            }
            for (int i = 0; i < 60; i++) {
                steps.add(() -> move(backend, lines.get(random.nextInt(lines.size())), random));
            }
            java.util.Collections.shuffle(steps, random);
            steps.forEach(Runnable::run);
            poster.post(backend, sessionId);
            List<String> mismatches = new ArrayList<>();
            for (Line line : lines) {
                long posted = onHand(backend, line);
                long wanted = line.counted + line.movedAfterCount;
                if (posted != wanted) {
                    mismatches.add(line + ": on hand " + posted + ", counted " + line.counted + " + moved after "
                            + line.movedAfterCount + " = " + wanted);
                }
            }
            assertThat(backend.verifier().verify().consistent()).isTrue();
            return mismatches;
        }
    }

    /**
     * Movers on four threads receive and issue at random while the lines are counted and the session posted. What
     * moved after a count is read from the movers' own results: the movements whose level version is newer than
     * the one the count recorded.
     */
    private List<String> mismatchesWithMovers(Path data, Poster poster) throws Exception {
        Random random = new Random(42);
        try (Backend backend = Backend.open(data)) {
            List<Line> lines = stock(backend, 6, random);
            long sessionId = backend.countSessions()
                    .create(COUNTER, new NewCountSession("Cycle", CountScope.locations("MAIN", "SHOP"), false, null))
                    .id();
            ConcurrentLinkedQueue<MovementView> moved = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService movers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Random own = new Random(t);
                running.add(movers.submit(() -> {
                    while (!stop.get()) {
                        Line line = lines.get(own.nextInt(lines.size()));
                        try {
                            var result = own.nextBoolean()
                                    ? backend.stock()
                                            .receive(TestBackends.change(
                                                    line.productId, line.location, 1 + own.nextInt(4)))
                                    : backend.stock()
                                            .issue(TestBackends.change(
                                                    line.productId, line.location, 1 + own.nextInt(4)));
                            moved.addAll(result.movements());
                        } catch (InsufficientStockException refused) {
                            // nothing moved
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(200);
            for (Line line : lines) {
                long seen = onHand(backend, line);
                backend.countSessions()
                        .count(new CountEntry(COUNTER, sessionId, line.productId, line.location, seen + 2));
                Thread.sleep(30);
            }
            Thread.sleep(200);
            poster.post(backend, sessionId);
            Thread.sleep(200);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            movers.shutdown();
            List<String> mismatches = new ArrayList<>();
            Map<Long, CountLineView> counted = new HashMap<>();
            for (CountLineView view : backend.countSessions().session(sessionId).lines()) {
                counted.put(view.id(), view);
            }
            for (CountLineView view : counted.values()) {
                long after = moved.stream()
                        .filter(m -> m.productId() == view.productId()
                                && m.locationCode().equals(view.locationCode())
                                && m.levelVersion() > view.countedAtVersion())
                        .mapToLong(MovementView::quantity)
                        .sum();
                long posted = backend.catalogue().stockLevels(view.productId()).stream()
                        .filter(l -> l.locationCode().equals(view.locationCode()))
                        .findFirst()
                        .orElseThrow()
                        .onHand();
                if (posted != view.counted() + after) {
                    mismatches.add(view.sku() + " at " + view.locationCode() + ": on hand " + posted + ", counted "
                            + view.counted() + " + moved after " + after);
                }
            }
            assertThat(moved).as("the movers moved stock meanwhile").hasSizeGreaterThan(20);
            assertThat(backend.verifier().verify().consistent()).isTrue();
            return mismatches;
        }
    }

    private static List<Line> stock(Backend backend, int products, Random random) {
        backend.locations().create(COUNTER, "SHOP", "Shop");
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            long id = TestBackends.product(backend, "CNT-" + p).id();
            for (String location : LOCATIONS) {
                long quantity = 20 + random.nextInt(80);
                backend.stock().receive(TestBackends.change(id, location, quantity));
                Line line = new Line(id, location);
                line.onHand = quantity;
                lines.add(line);
            }
        }
        return lines;
    }

    private static void move(Backend backend, Line line, Random random) {
        long quantity = 1 + random.nextInt(6);
        if (random.nextBoolean() || line.onHand < quantity) {
            backend.stock().receive(TestBackends.change(line.productId, line.location, quantity));
            line.onHand += quantity;
            line.movedAfterCount += quantity;
        } else {
            backend.stock().issue(TestBackends.change(line.productId, line.location, quantity));
            line.onHand -= quantity;
            line.movedAfterCount -= quantity;
        }
    }

    private static long onHand(Backend backend, Line line) {
        return backend.catalogue().stockLevels(line.productId).stream()
                .filter(l -> l.locationCode().equals(line.location))
                .findFirst()
                .orElseThrow()
                .onHand();
    }

    /** The test's own books for one product at one location. */
    static final class Line {
        final long productId;
        final String location;
        long onHand;
        long counted;
        long movedAfterCount;

        Line(long productId, String location) {
            this.productId = productId;
            this.location = location;
        }

        @Override
        public String toString() {
            return "product " + productId + " at " + location;
        }
    }
}
