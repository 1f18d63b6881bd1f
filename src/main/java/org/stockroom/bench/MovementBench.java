package org.stockroom.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;

/**
 * The Movements page at ledger scale: fills a database up to N movements (1,000 products, receipts and issues
 * spread over a year, eight users; written with JDBC batches through the write gate, balances and totals set to
 * the sums of their movements so {@code verify} agrees), then times the journal's pages. The baseline, in the same
 * process on the same data: the same deep page read with OFFSET, as a naive pager would.
 */
public final class MovementBench {

    static final int PRODUCTS = 1_000;
    static final String[] USERS = {"ada", "bob", "cleo", "dan", "eve", "finn", "gus", "hana"};
    static final int DEPTH = 100_000;
    static final int RUNS = 5;

    private final Backend backend;
    private final PrintWriter out;

    public MovementBench(Backend backend, PrintWriter out) {
        this.backend = backend;
        this.out = out;
    }

    public void run(long wanted) throws SQLException {
        long have = count("SELECT COUNT(*) FROM movement");
        if (have < wanted) {
            long started = System.nanoTime();
            fill(wanted - have);
            out.printf("filled %,d movements in %.1f s%n", wanted - have, (System.nanoTime() - started) / 1e9);
        }
        out.printf("movements: %,d%n", count("SELECT COUNT(*) FROM movement"));
        MovementJournal journal = backend.journal();
        MovementFilter all = MovementFilter.everything();
        report(
                "first page, no filter",
                run -> journal.page(all, firstPage(run), MovementJournal.PAGE).size());
        long deepId = idAtDepth(DEPTH);
        double keyset = report(
                "page at depth " + DEPTH + ", keyset (what the page does)",
                run -> journal.page(all, deepId - run, MovementJournal.PAGE).size());
        double offset = report("page at depth " + DEPTH + ", OFFSET (baseline)", run -> offsetPage(DEPTH + run));
        out.printf("  ratio OFFSET / keyset: %.1f%n", offset / keyset);
        filtered(journal, "one SKU", new MovementFilter(null, null, "MB-0500", null, null, null, null));
        filtered(journal, "one user", new MovementFilter(null, null, null, null, null, null, "gus"));
        Instant monthsAgo = Instant.now().minus(Duration.ofDays(180));
        filtered(
                journal,
                "one week six months ago",
                new MovementFilter(monthsAgo, monthsAgo.plus(Duration.ofDays(7)), null, null, null, null, null));
        filtered(
                journal,
                "a user with no movements (reads the whole ledger)",
                new MovementFilter(null, null, null, null, null, null, "nobody"));
        filtered(
                journal,
                "a type no movement has (REVERSE: reads the whole ledger)",
                new MovementFilter(null, null, null, null, MovementType.REVERSE, null, null));
    }

    private void filtered(MovementJournal journal, String what, MovementFilter filter) {
        report(
                "first page, " + what,
                run -> journal.page(filter, firstPage(run), 200).size());
    }

    /**
     * The first page's anchor, a little different each run: H2 hands back the stored result of a query repeated
     * with the same parameters on a database that did not change (the earlier figures of 0.0 ms were that), so
     * every run asks a different question with the same answer. {@code null} (the page's own first page) is the
     * same query with {@link Long#MAX_VALUE}.
     */
    private static Long firstPage(int run) {
        return Long.MAX_VALUE - run;
    }

    /** Median of {@value #RUNS} timed runs after one warm-up, in ms; each run gets its number (0 = warm-up). */
    private double report(String what, java.util.function.IntFunction<Integer> page) {
        int rows = page.apply(0);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            rows = page.apply(i + 1);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("%-70s %8.1f ms (median of %d, %d rows)%n", what, ms[RUNS / 2], RUNS, rows);
        out.flush();
        return ms[RUNS / 2];
    }

    private long idAtDepth(int depth) throws SQLException {
        return count("SELECT id FROM movement ORDER BY id DESC LIMIT 1 OFFSET " + depth);
    }

    private int offsetPage(int depth) {
        try (Connection c = backend.database().dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT m.id, m.occurred_at, p.sku, p.name, l.code, m.movement_type, m.quantity, m.on_hand_after,
                               m.reason, m.user_name, m.workstation, m.note, m.command_key
                          FROM movement m JOIN product p ON p.id = m.product_id JOIN location l ON l.id = m.location_id
                         ORDER BY m.id DESC LIMIT 200 OFFSET ?""")) {
            s.setInt(1, depth);
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private void fill(long movements) {
        Actor bench = Actor.named("bench");
        List<Long> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            String sku = String.format("MB-%04d", p);
            String name = "Bench part " + p;
            var existing = backend.products().findBySku(sku);
            long id = existing.isPresent()
                    ? existing.get().id()
                    : backend.products()
                            .create(
                                    bench,
                                    new org.stockroom.domain.product.ProductDetails(
                                            sku, name, "Bench", "pcs", null, 0, java.math.BigDecimal.ONE, false))
                            .id();
            if (existing.isEmpty()) {
                // The first receipt makes the stock level the batches below add to.
                backend.stock().receive(new StockChange(CommandKeys.newKey(), bench, id, "MAIN", 1, null, null));
            }
            products.add(id);
        }
        Transactions transactions = backend.database().transactions();
        transactions.exclusive(() -> {
            write(backend.database().dataSource(), products, movements);
            return null;
        });
    }

    private static void write(DataSource source, List<Long> products, long movements) {
        SplittableRandom random = new SplittableRandom(1);
        long main;
        Instant start = Instant.now().minus(Duration.ofDays(365));
        long step = Duration.ofDays(365).toMillis() / Math.max(1, movements);
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT id FROM location WHERE code = 'MAIN'")) {
                r.next();
                main = r.getLong(1);
            }
            long[] onHand = new long[products.size()];
            long[] version = new long[products.size()];
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT on_hand, version FROM stock_level WHERE product_id = ? AND location_id = ?")) {
                for (int i = 0; i < products.size(); i++) {
                    s.setLong(1, products.get(i));
                    s.setLong(2, main);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        onHand[i] = r.getLong(1);
                        version[i] = r.getLong(2);
                    }
                }
            }
            try (PreparedStatement command = c.prepareStatement(
                            "INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at)"
                                    + " VALUES (?, ?, ?, ?)");
                    PreparedStatement movement = c.prepareStatement("""
                            INSERT INTO movement (occurred_at, user_name, workstation, product_id, location_id,
                                                  movement_type, quantity, on_hand_after, level_version, reason,
                                                  note, command_key)
                            VALUES (?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, NULL, ?)""")) {
                for (long n = 0; n < movements; n++) {
                    int p = random.nextInt(products.size());
                    boolean issue = onHand[p] > 5 && random.nextInt(3) == 0;
                    long quantity = issue ? -(1 + random.nextInt(5)) : 1 + random.nextInt(5);
                    onHand[p] += quantity;
                    version[p]++;
                    String key = UUID.randomUUID().toString();
                    String user = USERS[random.nextInt(USERS.length)];
                    Timestamp at = Timestamp.from(start.plusMillis(n * step));
                    String type = issue ? "ISSUE" : "RECEIVE";
                    command.setString(1, key);
                    command.setString(2, type);
                    command.setString(3, user);
                    command.setTimestamp(4, at);
                    command.addBatch();
                    movement.setTimestamp(1, at);
                    movement.setString(2, user);
                    movement.setLong(3, products.get(p));
                    movement.setLong(4, main);
                    movement.setString(5, type);
                    movement.setLong(6, quantity);
                    movement.setLong(7, onHand[p]);
                    movement.setLong(8, version[p]);
                    movement.setString(9, issue ? "SO-" + n : "PO-" + n);
                    movement.setString(10, key);
                    movement.addBatch();
                    if (n % 10_000 == 9_999) {
                        command.executeBatch();
                        movement.executeBatch();
                        c.commit();
                    }
                }
                command.executeBatch();
                movement.executeBatch();
            }
            try (PreparedStatement level = c.prepareStatement(
                            "UPDATE stock_level SET on_hand = ?, version = ? WHERE product_id = ? AND location_id = ?");
                    PreparedStatement totals = c.prepareStatement("""
                            UPDATE product SET on_hand_total = (SELECT SUM(on_hand) FROM stock_level WHERE product_id = ?),
                                   available_total = (SELECT SUM(on_hand - reserved) FROM stock_level WHERE product_id = ?)
                             WHERE id = ?""")) {
                for (int i = 0; i < products.size(); i++) {
                    level.setLong(1, onHand[i]);
                    level.setLong(2, version[i]);
                    level.setLong(3, products.get(i));
                    level.setLong(4, main);
                    level.addBatch();
                    totals.setLong(1, products.get(i));
                    totals.setLong(2, products.get(i));
                    totals.setLong(3, products.get(i));
                    totals.addBatch();
                }
                level.executeBatch();
                totals.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill the bench ledger", e);
        }
    }
}
