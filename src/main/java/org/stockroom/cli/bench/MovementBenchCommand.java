package org.stockroom.cli.bench;

import java.util.concurrent.Callable;
import org.stockroom.bench.MovementBench;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.NotAllowedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockroom bench movements}: the Movements page's reads on a ledger of N movements. */
@Command(
        name = "movements",
        mixinStandardHelpOptions = true,
        description = "Fill the database up to N movements (if it has fewer) and time the Movements page: first"
                + " page, a deep page by keyset against OFFSET (baseline), and filtered first pages.")
final class MovementBenchCommand implements Callable<Integer> {

    private final org.stockroom.service.BackendOpener opener;

    MovementBenchCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--movements", defaultValue = "1000000", description = "N (default: ${DEFAULT-VALUE}).")
    long movements;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Backend backend = opener.open(database.target())) {
            if (backend.users().hasUsers()) {
                // It writes made-up movements and asks nobody: a benchmark folder's business, never a site's.
                throw new NotAllowedException("bench movements writes test movements: run it on a benchmark data"
                        + " folder without users, not on this database");
            }
            new MovementBench(backend, spec.commandLine().getOut()).run(movements);
        }
        return ExitCodes.OK;
    }
}
