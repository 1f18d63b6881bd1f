package org.stockroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;

/**
 * The H2 rollback fault's patterns (decision 0004) through Stockroom's own services and transaction code, on one
 * hot stock level, with {@code WRITE_DELAY=0} to make H2 commit its store as often as it can: issues refused for
 * lack of stock, version-checked counts refused because stock moved, receipts, and writers that roll back after
 * writing. Afterwards every acknowledged change must still be there. Used by the test in {@code ./mvnw verify}
 * (short, guarded and unguarded) and by {@code stockroom bench rollback} (as long as asked).
 */
public final class RollbackSoak {

    /** Little stock: as much is issued as received, so the level keeps touching zero and issues are refused. */
    static final long INITIAL = 3;

    static final String LOCATION = "MAIN";

    private final Backend backend;
    private final long productId;
    private final long locationId;
    private final LongAdder receipts = new LongAdder();
    private final LongAdder issues = new LongAdder();
    private final LongAdder refusedIssues = new LongAdder();
    private final LongAdder counts = new LongAdder();
    private final LongAdder refusedCounts = new LongAdder();
    private final LongAdder rolledBack = new LongAdder();
    private final LongAdder versionChecked = new LongAdder();
    /** This run's own write transactions that are between their first statement and their end right now. */
    private final java.util.concurrent.atomic.AtomicInteger writersInside =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Rollbacks and refusals that happened while another of those transactions was inside: the fault's exposure. */
    private final LongAdder endedBesideAnotherWriter = new LongAdder();

    private final LongAdder refusedVersionChecked = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicLong acknowledgedDelta = new AtomicLong();
    private volatile String firstError;

    private final String sku;

    private RollbackSoak(Backend backend, String sku, long productId, long locationId) {
        this.backend = backend;
        this.sku = sku;
        this.productId = productId;
        this.locationId = locationId;
    }

    /**
     * Creates product {@code sku} with {@link #INITIAL} on hand and runs {@code threads} workers on it for
     * {@code duration}.
     */
    public static RollbackSoakResult run(Backend backend, String sku, int threads, Duration duration) throws Exception {
        amplify(backend);
        long productId = backend.products()
                .create(
                        Actor.named("soak"),
                        new org.stockroom.domain.product.ProductDetails(
                                sku, "Hot " + sku, "Soak", "each", null, 0, java.math.BigDecimal.ONE, false))
                .id();
        backend.stock().receive(change(productId, INITIAL));
        long locationId = backend.catalogue().stockLevels(productId).get(0).locationId();
        return new RollbackSoak(backend, sku, productId, locationId).hammer(threads, duration);
    }

    /**
     * WRITE_DELAY=0: H2 commits its store at every commit, the moment the fault needs (decision 0004). PostgreSQL has
     * no such setting and no such fault: its soak runs as it is.
     */
    private static void amplify(Backend backend) throws SQLException {
        if (backend.database().target() instanceof org.stockroom.persistence.DatabaseTarget.Postgres) {
            return;
        }
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
            c.commit();
        }
    }

    private RollbackSoakResult hammer(int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + duration.toNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int role = t % 6;
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        step(role);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            }
        } finally {
            // shutdown(), never shutdownNow(): interrupting a thread inside H2 can corrupt the file.
            pool.shutdown();
            pool.awaitTermination(120, TimeUnit.SECONDS);
        }
        return result();
    }

    private void step(int role) {
        try {
            switch (role) {
                case 0 -> issue();
                case 1 -> receive();
                case 2 -> count();
                case 3 -> writeThenRollBack();
                default -> versionCheckedReceipt();
            }
        } catch (RuntimeException e) {
            errors.increment();
            if (firstError == null) {
                firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
    }

    private void issue() {
        try {
            acknowledge(backend.stock().issue(change(productId, 1)));
            issues.increment();
        } catch (InsufficientStockException refused) {
            refusedIssues.increment();
        }
    }

    private void receive() {
        acknowledge(backend.stock().receive(change(productId, 1)));
        receipts.increment();
    }

    /** A confirming count of what was just seen: refused whenever anything moved in between. */
    private void count() {
        StockLevelView seen = backend.catalogue().stockLevels(productId).get(0);
        try {
            acknowledge(backend.stock()
                    .count(new CountCommand(
                            UUID.randomUUID().toString(),
                            Actor.named("soak"),
                            productId,
                            LOCATION,
                            seen.onHand(),
                            seen.version(),
                            null)));
            counts.increment();
        } catch (CountConflictException refused) {
            refusedCounts.increment();
        }
    }

    /** A receipt that writes its level and movement, then fails: an unexpected error after a write. */
    private void writeThenRollBack() {
        Transactions transactions = backend.database().transactions();
        StockLevelRepository levels = new StockLevelRepository(transactions);
        String key = UUID.randomUUID().toString();
        try {
            transactions.inStatelessTransaction(session -> inside(() -> {
                SoakReceiptRows.command(session, key);
                levels.applyDelta(session, productId, locationId, 1);
                SoakReceiptRows.movement(session, key, productId, locationId);
                throw new DeliberateFailure();
            }));
        } catch (DeliberateFailure expected) {
            rolledBack.increment();
        }
    }

    /**
     * A receipt written the optimistic way, through Stockroom's transaction code: read the level, then
     * {@code UPDATE ... WHERE version = ?}; when that matches nothing (someone wrote in between) the transaction
     * is refused. Under the guard there is no one in between; without it, this is the fault's strongest trigger.
     */
    private void versionCheckedReceipt() {
        Transactions transactions = backend.database().transactions();
        StockLevelRepository levels = new StockLevelRepository(transactions);
        String key = UUID.randomUUID().toString();
        try {
            transactions.inStatelessTransaction(session -> inside(() -> {
                // Read first (locked FOR UPDATE only under the guard), then written with the version it saw.
                LevelState seen = levels.lock(session, productId, locationId).orElseThrow();
                SoakReceiptRows.command(session, key);
                if (!levels.setOnHand(
                        session, productId, locationId, seen.version(), seen.onHand() + 1, seen.onHand())) {
                    Sql.update(session, "DELETE FROM stock_command WHERE idempotency_key = ?", key);
                    throw Transactions.refuse(new VersionMoved());
                }
                SoakReceiptRows.movement(session, key, productId, locationId);
                return null;
            }));
            acknowledgedDelta.incrementAndGet();
            versionChecked.increment();
        } catch (VersionMoved refused) {
            refusedVersionChecked.increment();
        }
    }

    /** Runs one of this run's transaction bodies, noting whether it ends (refused or failed) beside another. */
    private <T> T inside(java.util.function.Supplier<T> body) {
        writersInside.incrementAndGet();
        try {
            return body.get();
        } catch (RuntimeException ending) {
            if (writersInside.get() > 1) {
                endedBesideAnotherWriter.increment();
            }
            throw ending;
        } finally {
            writersInside.decrementAndGet();
        }
    }

    private void acknowledge(StockResult result) {
        result.movements().forEach(m -> acknowledgedDelta.addAndGet(m.quantity()));
    }

    private RollbackSoakResult result() throws SQLException {
        long onHand = backend.catalogue().stockLevels(productId).get(0).onHand();
        long duplicates;
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) - COUNT(DISTINCT level_version) FROM movement"
                        + " WHERE product_id = " + productId)) {
            rs.next();
            duplicates = rs.getLong(1);
            c.commit();
        }
        return new RollbackSoakResult(
                receipts.sum(),
                issues.sum(),
                refusedIssues.sum(),
                counts.sum(),
                refusedCounts.sum(),
                versionChecked.sum(),
                refusedVersionChecked.sum(),
                rolledBack.sum(),
                endedBesideAnotherWriter.sum(),
                errors.sum(),
                firstError,
                INITIAL + acknowledgedDelta.get(),
                onHand,
                duplicates,
                // This round's product only: rounds share a database, and an earlier round's loss stays in it.
                backend.verifier().verify().mismatches().stream()
                        .filter(m -> m.sku().equals(sku))
                        .toList());
    }

    private static StockChange change(long productId, long quantity) {
        return new StockChange(
                UUID.randomUUID().toString(), Actor.named("soak"), productId, LOCATION, quantity, null, null);
    }

    /** A version-checked write that found the version moved. */
    private static final class VersionMoved extends RuntimeException {
        VersionMoved() {
            super("version moved", null, false, false);
        }
    }

    /** The error {@link #writeThenRollBack} throws on purpose. */
    private static final class DeliberateFailure extends RuntimeException {
        DeliberateFailure() {
            super("deliberate failure after a write", null, false, false);
        }
    }
}
