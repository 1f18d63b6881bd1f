package org.stockroom.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.concurrency.NaiveIssue;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReservationClosedException;
import org.stockroom.service.reservation.ReservationView;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;
import org.stockroom.service.stock.TransferCommand;

/**
 * Random interleavings of every stock operation from many threads, each try on a fresh product. After each
 * try: on hand >= 0, reserved <= on hand, every balance equals its movements and every reserved quantity its
 * open reservations, initial + what the commands reported = what remains, and the ledger holds exactly the
 * movements the commands reported (none lost, none doubled). A naive issue must break the same checks.
 *
 * <p>The tries are drawn from a seeded {@link SplittableRandom}: a failure names its try's seed, and
 * {@code -Dstockroom.property.seed=SEED -Dstockroom.property.tries=1} replays exactly that try.
 */
class LedgerPropertyTest {

    static final String[] LOCATIONS = {"MAIN", "SHOP"};
    static final int INITIAL = 20;
    static final int TRIES = Integer.getInteger("stockroom.property.tries", 40);
    static final int MIN_OPERATIONS = 10;
    static final int MAX_OPERATIONS = 60;

    @TempDir
    static Path folder;

    static Backend backend;
    static final AtomicInteger products = new AtomicInteger();

    @BeforeAll
    static void open() {
        backend = TestBackends.open(folder);
        backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop floor");
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @Test
    void concurrentOperationsKeepEveryInvariant() throws Exception {
        long firstSeed = Long.getLong("stockroom.property.seed", new SplittableRandom().nextLong());
        for (int attempt = 0; attempt < TRIES; attempt++) {
            long seed = firstSeed + attempt;
            SplittableRandom random = new SplittableRandom(seed);
            List<StockOp> operations = operations(random);
            int threads = random.nextInt(2, 9);
            try {
                runAndCheck(operations, threads, false);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(
                        String.format(
                                "try %d of %d failed: %d operations on %d threads %s;"
                                        + " replay it with -Dstockroom.property.seed=%d -Dstockroom.property.tries=1",
                                attempt + 1, TRIES, operations.size(), threads, operations, seed),
                        failure);
            }
        }
    }

    @Test
    void naiveIssuesAreCaughtByTheSameChecks() {
        List<StockOp> issues = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            issues.add(new StockOp.Issue(0, 1));
        }
        assertThatCode(() -> runAndCheck(issues, 8, false))
                .as("the guarded issue passes")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> runAndCheck(issues, 8, true))
                .as("a read-modify-write issue must be caught")
                .isInstanceOf(AssertionError.class);
    }

    /** Between {@link #MIN_OPERATIONS} and {@link #MAX_OPERATIONS} operations, each kind equally likely. */
    static List<StockOp> operations(SplittableRandom random) {
        int size = random.nextInt(MIN_OPERATIONS, MAX_OPERATIONS + 1);
        List<StockOp> operations = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int location = random.nextInt(2);
            int quantity = random.nextInt(1, 7);
            operations.add(
                    switch (random.nextInt(7)) {
                        case 0 -> new StockOp.Receive(location, quantity);
                        case 1 -> new StockOp.Issue(location, quantity);
                        case 2 -> new StockOp.Adjust(location, random.nextBoolean() ? quantity : -quantity);
                        case 3 -> new StockOp.Count(location, random.nextInt(0, 31));
                        case 4 -> new StockOp.Transfer(location, quantity);
                        case 5 -> new StockOp.Reserve(location, quantity);
                        default -> new StockOp.Close(random.nextInt(0, 4), random.nextBoolean());
                    });
        }
        return operations;
    }

    /** Runs the operations round-robin on {@code threads} workers, then checks every invariant. */
    static void runAndCheck(List<StockOp> operations, int threads, boolean naive) throws Exception {
        long productId =
                TestBackends.product(backend, "P-" + products.incrementAndGet()).id();
        backend.stock().receive(TestBackends.change(productId, "MAIN", INITIAL));
        Run run = new Run(productId, naive);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(pool.submit(() -> {
                for (int i = first; i < operations.size(); i += threads) {
                    run.apply(operations.get(i));
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> worker : workers) {
            worker.get();
        }
        run.check();
    }

    /** One try: applies operations and remembers what the services said they did. */
    static final class Run {
        final long productId;
        final boolean naive;
        final AtomicLong reportedNet = new AtomicLong();
        final AtomicLong reportedMovements = new AtomicLong(1); // the initial receipt
        final List<Long> reservations = new CopyOnWriteArrayList<>();

        Run(long productId, boolean naive) {
            this.productId = productId;
            this.naive = naive;
        }

        void apply(StockOp op) {
            try {
                if (op instanceof StockOp.Receive r) {
                    record(backend.stock().receive(change(r.location(), r.quantity())));
                } else if (op instanceof StockOp.Issue i) {
                    issue(i);
                } else if (op instanceof StockOp.Adjust a) {
                    record(backend.stock()
                            .adjust(new StockChange(
                                    CommandKeys.newKey(),
                                    Actor.named("prop"),
                                    productId,
                                    LOCATIONS[a.location()],
                                    a.delta(),
                                    "DATA_ENTRY",
                                    null)));
                } else if (op instanceof StockOp.Count c) {
                    count(c);
                } else if (op instanceof StockOp.Transfer t) {
                    record(backend.stock()
                            .transfer(new TransferCommand(
                                    CommandKeys.newKey(),
                                    Actor.named("prop"),
                                    productId,
                                    LOCATIONS[t.from()],
                                    LOCATIONS[1 - t.from()],
                                    t.quantity(),
                                    null,
                                    null)));
                } else if (op instanceof StockOp.Reserve r) {
                    reservations.add(backend.reservations()
                            .reserve(new ReserveCommand(
                                    CommandKeys.newKey(),
                                    Actor.named("prop"),
                                    productId,
                                    LOCATIONS[r.location()],
                                    r.quantity(),
                                    "R",
                                    null))
                            .id());
                } else if (op instanceof StockOp.Close c) {
                    close(c);
                }
            } catch (InsufficientStockException | CountConflictException | ReservationClosedException expected) {
                // refused as designed: nothing was written
            }
        }

        private void issue(StockOp.Issue i) {
            if (!naive) {
                record(backend.stock().issue(change(i.location(), i.quantity())));
                return;
            }
            long locationId = backend.catalogue().locations().stream()
                    .filter(l -> l.code().equals(LOCATIONS[i.location()]))
                    .mapToLong(LocationView::id)
                    .findFirst()
                    .orElseThrow();
            if (new NaiveIssue(backend.database().transactions()).issueOne(productId, locationId)) {
                reportedNet.addAndGet(-1);
                reportedMovements.incrementAndGet();
            }
        }

        private void count(StockOp.Count c) {
            long seen = backend.catalogue().stockLevels(productId).stream()
                    .filter(l -> l.locationCode().equals(LOCATIONS[c.location()]))
                    .mapToLong(StockLevelView::version)
                    .findFirst()
                    .orElse(0);
            try {
                record(backend.stock()
                        .count(new CountCommand(
                                CommandKeys.newKey(),
                                Actor.named("prop"),
                                productId,
                                LOCATIONS[c.location()],
                                c.quantity(),
                                seen,
                                null)));
            } catch (ValidationException belowReserved) {
                // a count below what is reserved is refused: nothing written
            }
        }

        private void close(StockOp.Close c) {
            if (reservations.size() <= c.back()) {
                return;
            }
            long id = reservations.get(reservations.size() - 1 - c.back());
            CloseReservationCommand command =
                    new CloseReservationCommand(CommandKeys.newKey(), Actor.named("prop"), id);
            if (c.fulfil()) {
                ReservationView fulfilled = backend.reservations().fulfil(command);
                reportedNet.addAndGet(-fulfilled.quantity());
                reportedMovements.incrementAndGet();
            } else {
                backend.reservations().release(command);
            }
        }

        private StockChange change(int location, long quantity) {
            return new StockChange(
                    CommandKeys.newKey(), Actor.named("prop"), productId, LOCATIONS[location], quantity, null, null);
        }

        private void record(StockResult result) {
            assertThat(result.replayed()).as("fresh keys never replay").isFalse();
            result.movements().forEach(m -> reportedNet.addAndGet(m.quantity()));
            reportedMovements.addAndGet(result.movements().size());
        }

        void check() {
            List<StockLevelView> levels = backend.catalogue().stockLevels(productId);
            long onHand = 0;
            for (StockLevelView level : levels) {
                assertThat(level.onHand())
                        .as("on hand at %s", level.locationCode())
                        .isNotNegative();
                assertThat(level.reserved())
                        .as("reserved at %s", level.locationCode())
                        .isBetween(0L, level.onHand());
                onHand += level.onHand();
            }
            assertThat(onHand)
                    .as("initial + what the commands reported = what remains")
                    .isEqualTo(INITIAL + reportedNet.get());
            long movements = backend.database()
                    .transactions()
                    .read(s -> s.createSelectionQuery("select count(*) from Movement where productId = :p", Long.class)
                            .setParameter("p", productId)
                            .getSingleResult());
            assertThat(movements)
                    .as("movements in the ledger = movements reported (none lost, none doubled)")
                    .isEqualTo(reportedMovements.get());
            assertThat(backend.verifier().verify().mismatches())
                    .as("balances agree with movements and reservations")
                    .isEmpty();
        }
    }
}
