package org.stockroom.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.stockroom.domain.catalogue.SearchText;
import org.stockroom.domain.product.Product;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.location.LocationService;

/**
 * Fills an empty catalogue with synthetic products, their stock at several locations and a little history, in
 * JDBC batches committed every {@link #CHUNK} products. Every balance is the sum of its movements, as
 * {@code stockroom verify} checks.
 */
public final class CatalogueGenerator {

    static final int CHUNK = 20_000;
    private static final String USER = "generator";
    private static final Map<String, String> LOCATIONS = new LinkedHashMap<>();

    static {
        LOCATIONS.put("MAIN", "Main warehouse");
        LOCATIONS.put("SHOP", "Shop floor");
        LOCATIONS.put("YARD", "Yard");
    }

    private final DataSource dataSource;
    private final Transactions transactions;
    private final long seed;
    private final Consumer<String> progress;

    public CatalogueGenerator(DataSource dataSource, Transactions transactions, long seed, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.seed = seed;
        this.progress = progress;
    }

    /** Who the generator's locations are added by (on a database with users it is refused, as anyone unknown). */
    private static final Actor GENERATOR = Actor.named("generator");

    /** Makes {@code products} products; MAIN, SHOP and YARD are created first where missing. */
    public void generate(long products, LocationService locations) throws SQLException {
        long[] locationIds = LOCATIONS.entrySet().stream()
                .mapToLong(location -> locations
                        .ensure(GENERATOR, location.getKey(), location.getValue())
                        .id())
                .toArray();
        Timestamp earlier = Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                Batches batches = new Batches(c)) {
            for (long start = 0; start < products; start += CHUNK) {
                long end = Math.min(products, start + CHUNK);
                // One chunk per turn of the write gate: other writers (the window, serve's clients) get in between.
                long first = start;
                transactions.exclusive(() -> {
                    try {
                        writeChunk(c, batches, first, end, locationIds, earlier, now);
                    } catch (SQLException e) {
                        throw new IllegalStateException("Generating products failed: " + e.getMessage(), e);
                    }
                    return null;
                });
                progress.accept(String.format("%,d of %,d products", end, products));
            }
        }
    }

    private void writeChunk(
            Connection c, Batches batches, long start, long end, long[] locationIds, Timestamp earlier, Timestamp now)
            throws SQLException {
        try {
            long[] ids = batches.insertProducts(start, end, seed, earlier);
            for (long n = start; n < end; n++) {
                addStock(batches, n, ids[(int) (n - start)], locationIds, earlier, now);
            }
            batches.flush();
            batches.totals(ids[0], ids[ids.length - 1]);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback(); // new rows only, under the write gate: no other writer to disturb
            throw e;
        }
    }

    /** MAIN always; SHOP for about 40 % of products, YARD for about 15 %; a third have had one issue since. */
    private void addStock(Batches batches, long n, long productId, long[] locationIds, Timestamp earlier, Timestamp now)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + n);
        String receiveKey = "gen-" + productId + "-r";
        batches.command(receiveKey, "RECEIVE", earlier);
        for (int l = 0; l < locationIds.length; l++) {
            if (l == 1 && random.nextInt(100) >= 40 || l == 2 && random.nextInt(100) >= 15) {
                continue;
            }
            long received = random.nextInt(200);
            long onHand = received;
            long version = 1;
            batches.movement(earlier, productId, locationIds[l], "RECEIVE", received, onHand, version, receiveKey);
            if (received > 0 && random.nextInt(3) == 0) {
                long issued = 1 + random.nextInt((int) received);
                onHand -= issued;
                version++;
                String issueKey = "gen-" + productId + "-" + l + "-i";
                batches.command(issueKey, "ISSUE", now);
                batches.movement(now, productId, locationIds[l], "ISSUE", -issued, onHand, version, issueKey);
            }
            batches.level(productId, locationIds[l], onHand, version);
        }
    }

    /** The prepared batch statements of one connection. */
    private static final class Batches implements AutoCloseable {
        private final PreparedStatement product;
        private final PreparedStatement word;
        private final PreparedStatement command;
        private final PreparedStatement level;
        private final PreparedStatement movement;
        private final PreparedStatement totals;

        Batches(Connection c) throws SQLException {
            totals = c.prepareStatement("""
                    UPDATE product p SET on_hand_total = (SELECT COALESCE(SUM(s.on_hand), 0)
                                                           FROM stock_level s WHERE s.product_id = p.id),
                           reserved_total = 0
                     WHERE p.id BETWEEN ? AND ?""");
            product = c.prepareStatement("""
                    INSERT INTO product (sku, sku_key, name, category, unit, barcode, reorder_point, unit_cost,
                                         archived, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE, 0, ?, ?)""", org.stockroom.persistence.Sql.idColumn(c));
            word = c.prepareStatement("INSERT INTO product_word (word, product_id, sku_key) VALUES (?, ?, ?)");
            command = c.prepareStatement("INSERT INTO stock_command (idempotency_key, command_type, user_name,"
                    + " recorded_at) VALUES (?, ?, '" + USER + "', ?)");
            level = c.prepareStatement("INSERT INTO stock_level (product_id, location_id, on_hand, reserved,"
                    + " version) VALUES (?, ?, ?, 0, ?)");
            movement = c.prepareStatement("""
                    INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type, quantity,
                                          on_hand_after, level_version, command_key)
                    VALUES (?, '""" + USER + "', ?, ?, ?, ?, ?, ?, ?)");
        }

        long[] insertProducts(long start, long end, long seed, Timestamp at) throws SQLException {
            SyntheticProduct[] made = new SyntheticProduct[(int) (end - start)];
            for (long n = start; n < end; n++) {
                SyntheticProduct p = SyntheticProduct.number(n, seed);
                made[(int) (n - start)] = p;
                product.setString(1, p.sku());
                product.setString(2, Product.skuKeyOf(p.sku()));
                product.setString(3, p.name());
                product.setString(4, p.category());
                product.setString(5, p.unit());
                product.setString(6, p.barcode());
                product.setLong(7, p.reorderPoint());
                product.setTimestamp(8, at);
                product.setTimestamp(9, at);
                product.addBatch();
            }
            product.executeBatch();
            long[] ids = new long[made.length];
            try (ResultSet keys = product.getGeneratedKeys()) {
                for (int i = 0; keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
            for (int i = 0; i < made.length; i++) {
                for (String w : SearchText.words(made[i].name())) {
                    word.setString(1, w);
                    word.setLong(2, ids[i]);
                    word.setString(3, Product.skuKeyOf(made[i].sku()));
                    word.addBatch();
                }
            }
            return ids;
        }

        void command(String key, String type, Timestamp at) throws SQLException {
            command.setString(1, key);
            command.setString(2, type);
            command.setTimestamp(3, at);
            command.addBatch();
        }

        void movement(
                Timestamp at,
                long productId,
                long locationId,
                String type,
                long quantity,
                long onHandAfter,
                long version,
                String key)
                throws SQLException {
            movement.setTimestamp(1, at);
            movement.setLong(2, productId);
            movement.setLong(3, locationId);
            movement.setString(4, type);
            movement.setLong(5, quantity);
            movement.setLong(6, onHandAfter);
            movement.setLong(7, version);
            movement.setString(8, key);
            movement.addBatch();
        }

        void level(long productId, long locationId, long onHand, long version) throws SQLException {
            level.setLong(1, productId);
            level.setLong(2, locationId);
            level.setLong(3, onHand);
            level.setLong(4, version);
            level.addBatch();
        }

        /** The stock totals of the products just written (ids {@code from} to {@code to}). */
        void totals(long from, long to) throws SQLException {
            totals.setLong(1, from);
            totals.setLong(2, to);
            totals.executeUpdate();
            try (PreparedStatement available = totals.getConnection()
                    .prepareStatement("UPDATE product SET available_total = on_hand_total WHERE id BETWEEN ? AND ?")) {
                available.setLong(1, from);
                available.setLong(2, to);
                available.executeUpdate();
            }
        }

        void flush() throws SQLException {
            word.executeBatch();
            command.executeBatch();
            level.executeBatch();
            movement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            product.close();
            word.close();
            command.close();
            level.close();
            movement.close();
            totals.close();
        }
    }
}
