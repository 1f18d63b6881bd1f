package org.stockroom.cli.reservation;

import java.util.concurrent.Callable;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.StockOptions;
import org.stockroom.service.Backend;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.reservation.ReservationView;
import org.stockroom.service.reservation.ReserveCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** reserve, release and fulfil from the command line. */
public final class ReservationCommands {

    private ReservationCommands() {}

    @Command(
            name = "reserve",
            mixinStandardHelpOptions = true,
            description = "Hold stock for an order; prints the reservation id.")
    public static final class Reserve implements Callable<Integer> {
        @Mixin
        StockOptions options;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Parameters(index = "1", paramLabel = "QTY")
        long quantity;

        @Option(names = "--ref", required = true, paramLabel = "REF", description = "Order number or other reference.")
        String reference;

        @Option(
                names = "--expires",
                paramLabel = "DURATION",
                description = "Release automatically after e.g. 30m, 2h, 3d.")
        String expires;

        @Override
        public Integer call() {
            try (Backend backend = options.open(spec.commandLine().getErr())) {
                long productId = StockOptions.productId(backend, sku);
                ReservationView r = backend.reservations()
                        .reserve(new ReserveCommand(
                                options.key(),
                                options.actor(),
                                productId,
                                options.location(),
                                quantity,
                                reference,
                                expires == null ? null : ReservationService.parseDuration(expires)));
                spec.commandLine().getOut().println(r.id());
                return ExitCodes.OK;
            }
        }
    }

    /** Shared shape of release and fulfil. */
    abstract static class Close implements Callable<Integer> {
        @Mixin
        StockOptions options;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Backend backend = options.open(spec.commandLine().getErr())) {
                ReservationView r =
                        close(backend.reservations(), new CloseReservationCommand(options.key(), options.actor(), id));
                spec.commandLine()
                        .getOut()
                        .printf(
                                "Reservation %d (%s, %d at %s) is %s%n",
                                r.id(),
                                r.reference(),
                                r.quantity(),
                                r.locationCode(),
                                r.status().name().toLowerCase());
                spec.commandLine().getOut().printf("key %s%n", options.key());
                return ExitCodes.OK;
            }
        }

        abstract ReservationView close(ReservationService reservations, CloseReservationCommand command);
    }

    @Command(name = "release", mixinStandardHelpOptions = true, description = "Release a reservation.")
    public static final class Release extends Close {
        @Override
        ReservationView close(ReservationService reservations, CloseReservationCommand command) {
            return reservations.release(command);
        }
    }

    @Command(name = "fulfil", mixinStandardHelpOptions = true, description = "Fulfil a reservation: issue its stock.")
    public static final class Fulfil extends Close {
        @Override
        ReservationView close(ReservationService reservations, CloseReservationCommand command) {
            return reservations.fulfil(command);
        }
    }
}
