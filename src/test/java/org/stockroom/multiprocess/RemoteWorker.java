package org.stockroom.multiprocess;

import java.util.Random;
import org.stockroom.concurrency.NaiveIssue;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReservationView;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.TransferCommand;

/**
 * A separate JVM acting on a served database: a random mix of stock commands against one SKU. Prints one
 * line: {@code RESULT received issued movements refused}, for the parent test to add up.
 * Mode {@code naive} only issues one unit at a time with the naive read-modify-write (the negative control).
 */
public final class RemoteWorker {

    public static void main(String[] args) {
        String sku = args[2];
        int operations = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        boolean naive = args.length > 5 && args[5].equals("naive");
        try (Backend backend = Backend.open(target(args[0], args[1]))) {
            long productId = backend.products().findBySku(sku).orElseThrow().id();
            Tally tally = naive ? naive(backend, productId) : mix(backend, productId, operations, new Random(seed));
            System.out.println(
                    "RESULT " + tally.received + " " + tally.issued + " " + tally.movements + " " + tally.refused);
        }
    }

    /**
     * A {@code serve} at HOST PORT (its password in $STOCKROOM_SERVER_PASSWORD), or a PostgreSQL database at a JDBC URL
     * and USER (the password in $STOCKROOM_DATABASE_PASSWORD): every worker then connects to the server directly.
     */
    private static DatabaseTarget target(String hostOrUrl, String portOrUser) {
        if (hostOrUrl.startsWith("jdbc:postgresql:")) {
            return new DatabaseTarget.Postgres(hostOrUrl, portOrUser, System.getenv("STOCKROOM_DATABASE_PASSWORD"));
        }
        return new DatabaseTarget.Remote(
                hostOrUrl, Integer.parseInt(portOrUser), System.getenv("STOCKROOM_SERVER_PASSWORD"));
    }

    private static Tally naive(Backend backend, long productId) {
        NaiveIssue issue = new NaiveIssue(backend.database().transactions());
        long mainId = backend.catalogue().locations().stream()
                .filter(l -> l.code().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .id();
        Tally tally = new Tally();
        while (issue.issueOne(productId, mainId)) {
            tally.issued++;
            tally.movements++;
        }
        return tally;
    }

    private static Tally mix(Backend backend, long productId, int operations, Random random) {
        Tally tally = new Tally();
        for (int i = 0; i < operations; i++) {
            long q = 1 + random.nextInt(3);
            String where = random.nextBoolean() ? "MAIN" : "SHOP";
            try {
                switch (random.nextInt(5)) {
                    case 0 -> {
                        backend.stock().receive(change(productId, where, q));
                        tally.received += q;
                        tally.movements++;
                    }
                    case 1 -> {
                        backend.stock().issue(change(productId, where, q));
                        tally.issued += q;
                        tally.movements++;
                    }
                    case 2 -> {
                        backend.stock()
                                .transfer(new TransferCommand(
                                        CommandKeys.newKey(),
                                        Actor.named("worker"),
                                        productId,
                                        where,
                                        where.equals("MAIN") ? "SHOP" : "MAIN",
                                        q,
                                        null,
                                        null));
                        tally.movements += 2;
                    }
                    default -> {
                        ReservationView r = backend.reservations()
                                .reserve(new ReserveCommand(
                                        CommandKeys.newKey(),
                                        Actor.named("worker"),
                                        productId,
                                        where,
                                        q,
                                        "W-" + i,
                                        null));
                        CloseReservationCommand close =
                                new CloseReservationCommand(CommandKeys.newKey(), Actor.named("worker"), r.id());
                        if (random.nextBoolean()) {
                            backend.reservations().fulfil(close);
                            tally.issued += q;
                            tally.movements++;
                        } else {
                            backend.reservations().release(close);
                        }
                    }
                }
            } catch (InsufficientStockException refused) {
                tally.refused++;
            }
        }
        return tally;
    }

    private static StockChange change(long productId, String location, long quantity) {
        return new StockChange(CommandKeys.newKey(), Actor.named("worker"), productId, location, quantity, null, null);
    }

    private static final class Tally {
        long received;
        long issued;
        long movements;
        long refused;
    }
}
