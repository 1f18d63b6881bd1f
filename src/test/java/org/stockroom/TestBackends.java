package org.stockroom;

import java.nio.file.Path;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;

/** Helpers for tests that run against a real H2 file database in a temporary folder. */
public final class TestBackends {

    public static final String USER = "tester";
    public static final Actor ACTOR = Actor.named(USER);

    private TestBackends() {}

    public static Backend open(Path folder) {
        return Backend.open(folder.resolve("data"));
    }

    /** A backend on a new, empty PostgreSQL database of the tests' server (for a suite's PostgreSQL twin). */
    public static Backend onPostgres() {
        org.stockroom.postgres.TestPostgres.TestDatabase database = org.stockroom.postgres.TestPostgres.newDatabase();
        return Backend.open(new org.stockroom.persistence.DatabaseTarget.Postgres(
                database.jdbcUrl(), database.server().user(), database.server().password()));
    }

    public static ProductDetails details(String sku) {
        return TestProduct.sku(sku).details();
    }

    public static ProductView product(Backend backend, String sku) {
        return TestProduct.sku(sku).createIn(backend);
    }

    public static StockChange change(long productId, String location, long quantity) {
        return new StockChange(CommandKeys.newKey(), Actor.named(USER), productId, location, quantity, null, null);
    }

    public static StockChange adjustment(long productId, String location, long delta, String reason) {
        return new StockChange(CommandKeys.newKey(), Actor.named(USER), productId, location, delta, reason, null);
    }

    /** On hand of a product at a location (0 where it has no stock level there). */
    public static long onHand(Backend backend, long productId, String location) {
        return backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals(location))
                .mapToLong(l -> l.onHand())
                .sum();
    }
}
