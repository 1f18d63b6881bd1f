package org.stockroom.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.stockroom.bench.RollbackSoak;
import org.stockroom.bench.RollbackSoakResult;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.backup.BackupFiles;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom bench rollback}: the longer soak of the H2 rollback-fault test (decision 0004), in rounds on a
 * fresh temporary database: guarded (as Stockroom runs) or, with {@code --unguarded}, the negative control.
 */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Soak the write path with the H2 rollback fault's patterns (refused issues, refused counts,"
                + " rollbacks after a write) under WRITE_DELAY=0, and report any lost update per round. Exit 1 if a"
                + " guarded round lost anything.")
final class RollbackBenchCommand implements Callable<Integer> {

    private final BackendOpener opener;

    RollbackBenchCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Option(names = "--rounds", defaultValue = "10", description = "Rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seconds", defaultValue = "10", description = "Seconds per round (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", defaultValue = "24", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--unguarded", description = "Switch the guard off: the negative control, which loses updates.")
    boolean unguarded;

    @Option(
            names = "--stop-at-first-loss",
            description = "Stop after the first round that lost an update (the negative control's test).")
    boolean stopAtFirstLoss;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || seconds < 1 || threads < 4) {
            throw new IllegalArgumentException("--rounds and --seconds must be positive and --threads at least 4");
        }
        Path dir = Files.createTempDirectory("stockroom-rollback-soak");
        Database.Options options = unguarded ? Database.Options.UNGUARDED_NEGATIVE_CONTROL : Database.Options.STANDARD;
        int lost = 0;
        int round = 0;
        try (Backend backend = opener.open(new DatabaseTarget.Local(dir), options)) {
            while (round < rounds && !(stopAtFirstLoss && lost > 0)) {
                round++;
                RollbackSoakResult result =
                        RollbackSoak.run(backend, "SOAK-" + round, threads, Duration.ofSeconds(seconds));
                lost += result.lostUpdates() ? 1 : 0;
                spec.commandLine()
                        .getOut()
                        .printf("%s round %d: %s%n", unguarded ? "unguarded" : "guarded", round, result);
                spec.commandLine().getOut().flush();
            }
        } finally {
            BackupFiles.deleteFolder(dir);
        }
        spec.commandLine()
                .getOut()
                .printf("%s: %d of %d rounds lost updates%n", unguarded ? "unguarded" : "guarded", lost, round);
        return !unguarded && lost > 0 ? ExitCodes.LEDGER_MISMATCH : ExitCodes.OK;
    }
}
