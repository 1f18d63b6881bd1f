package org.stockroom.cli;

import java.io.PrintWriter;
import org.stockroom.domain.location.Location;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.stock.CommandKeys;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every stock command takes: the database, who is acting, where, and an optional idempotency key. */
public final class StockOptions {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    ActingUser acting = new ActingUser();

    private Actor actor;

    @Option(
            names = "--location",
            paramLabel = "CODE",
            defaultValue = Location.DEFAULT_CODE,
            description = "Location code (default: ${DEFAULT-VALUE}).")
    String location;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description = "Idempotency key: running the same command again"
                    + " with the same key records it once (default: a new key each run).")
    String key;

    private final BackendOpener opener;

    StockOptions(BackendOpener opener) {
        this.opener = opener;
    }

    /**
     * Opens the database, releases any reservations that expired while nobody was looking, and signs in who acts
     * (on a database without users, saying so on {@code err}).
     */
    public Backend open(PrintWriter err) {
        Backend backend = opener.open(database.target());
        try {
            backend.reservations().expireDue();
            actor = acting.signIn(backend, err);
            return backend;
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** Who acts, once {@link #open} has signed them in. */
    public Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("open() signs the actor in first");
        }
        return actor;
    }

    /** The command's idempotency key: --key, else one made for this run (the same on every call). */
    public String key() {
        if (key == null) {
            key = CommandKeys.newKey();
        }
        return key;
    }

    public String location() {
        return LocationRules.normalizeCode(location);
    }

    public static long productId(Backend backend, String sku) {
        return backend.products()
                .findBySku(sku)
                .orElseThrow(() -> new NotFoundException("No product with SKU '" + sku + "'"))
                .id();
    }
}
