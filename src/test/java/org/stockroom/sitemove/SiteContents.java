package org.stockroom.sitemove;

import java.util.List;
import org.stockroom.TestBackends;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.ReverseCommand;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.TransferCommand;

/** A site that has used every kind of thing the database holds: what a move must bring along. */
final class SiteContents {

    static final String ADMIN = "Ada";
    static final String ADMIN_PASSWORD = "correct horse battery";

    private SiteContents() {}

    /** Fills {@code backend}'s empty database; returns the access token issued to the clerk. */
    static String fill(Backend backend) {
        Actor ada = Actor.named(ADMIN);
        backend.locations().create(ada, "SHELF-B", "Shelf B");
        long bolt = TestBackends.product(backend, "BOLT-10").id();
        long nut = TestBackends.product(backend, "NUT-10").id();
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 40));
        backend.stock().receive(TestBackends.change(nut, "MAIN", 25));
        backend.stock().issue(TestBackends.change(bolt, "MAIN", 3));
        backend.stock()
                .transfer(new TransferCommand(CommandKeys.newKey(), ada, bolt, "MAIN", "SHELF-B", 5, null, "restock"));
        backend.stock().adjust(TestBackends.adjustment(nut, "MAIN", -2, "DAMAGED"));
        String mistaken = CommandKeys.newKey();
        backend.stock().receive(new StockChange(mistaken, ada, nut, "MAIN", 7, null, "typo"));
        backend.reversals().reverse(new ReverseCommand(CommandKeys.newKey(), ada, mistaken, "DATA_ENTRY", null));
        backend.reservations().reserve(new ReserveCommand(CommandKeys.newKey(), ada, bolt, "MAIN", 4, "SO-77", null));
        long session = backend.countSessions()
                .create(ada, new NewCountSession("Shelf check", CountScope.locations("SHELF-B"), false, List.of()))
                .id();
        backend.countSessions().count(new CountEntry(ada, session, bolt, "SHELF-B", 4));
        backend.countSessions().finishCounting(ada, session);
        backend.countSessions().post(ada, session, "MISSING");
        backend.reasonCodes().add(ada, ReasonUse.ADJUST, "SAMPLE", "Given away as a sample");
        backend.users().createFirstAdministrator(ADMIN, ADMIN_PASSWORD, "till-1");
        backend.users().add(ada, "Bob", Role.CLERK, "bob's long password");
        backend.users().setPin(ada, "Bob", "4711");
        backend.settings().changeIdleLock(ada, 9);
        return backend.tokens().create(ada, "Bob", "scanner gun").token();
    }
}
