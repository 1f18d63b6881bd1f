package org.stockroom.service.count;

import java.nio.file.Path;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;

/**
 * A separate JVM that posts one count session and is killed with SIGKILL while it does. Arguments: DIR SESSION
 * BATCH MODE. MODE {@code service}: the product's posting (batches that record each line's adjustment);
 * {@code naive}: the negative control, one adjustment per counted line of {@code counted - expected} that keeps no
 * record of which lines it did, so a run after a kill does the done ones again. Prints POSTING, then DONE.
 */
public final class CountPostingProcess {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long sessionId = Long.parseLong(args[1]);
        int batch = Integer.parseInt(args[2]);
        boolean naive = args[3].equals("naive");
        Actor ada = Actor.named("Ada");
        try (Backend backend = Backend.open(dir)) {
            CountSessionService sessions = BatchedCountSessions.of(backend, batch);
            CountSessionView session = sessions.session(sessionId);
            System.out.println("POSTING");
            System.out.flush();
            if (naive) {
                for (CountLineView line : session.lines()) {
                    if (line.isCounted() && line.variance() != 0) {
                        backend.stock()
                                .adjust(new StockChange(
                                        CommandKeys.newKey(),
                                        ada,
                                        line.productId(),
                                        line.locationCode(),
                                        line.variance(),
                                        "MISSING",
                                        "naive count posting"));
                    }
                }
            } else {
                if (session.status() != org.stockroom.domain.count.CountSessionStatus.REVIEW) {
                    sessions.finishCounting(ada, sessionId); // a resumed post finds it in review already
                }
                sessions.post(ada, sessionId, new org.stockroom.service.count.CountReasons("FOUND", "MISSING"));
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
