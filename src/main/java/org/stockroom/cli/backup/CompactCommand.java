package org.stockroom.cli.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Permission;
import org.stockroom.persistence.DataDirectory;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.backup.FileCompaction;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.backup.BackupEntry;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom compact}: a verified backup, then the whole file compacted, then the ledger verified again. For a
 * data folder nothing has open (a PostgreSQL database reclaims its own space: VACUUM).
 */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Give the database file's unused space back to the disk: backs the data folder up (verified),"
                + " compacts the whole file, then verifies the ledger. Only while nothing has the folder open (close"
                + " the windows, stop 'serve'). Exit 5 if the folder is in use, 7 if the backup or the check after"
                + " fails.")
public final class CompactCommand implements Callable<Integer> {

    private final BackendOpener opener;

    CompactCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data folder to compact (default: $" + DataDirectory.ENV_VARIABLE
                    + ", else the per-user data folder).")
    Path dataDir;

    @Mixin
    ActingUser acting = new ActingUser();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseTarget.Local folder = new DatabaseTarget.Local(DataDirectory.resolve(dataDir));
        BackupEntry backup;
        try (Backend backend = opener.open(folder)) {
            backend.users().require(acting.signIn(backend, null), Permission.MANAGE_SETTINGS);
            backup = backend.backups().backUpNow("before-compact");
        }
        if (!backup.verified()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "stockroom: not compacted: the backup %s does not verify; run 'stockroom verify'%n",
                            backup.file());
            return ExitCodes.BACKUP_FAILED;
        }
        long started = System.nanoTime();
        FileCompaction.Sizes sizes = FileCompaction.compact(folder);
        long millis = (System.nanoTime() - started) / 1_000_000;
        VerificationReport after;
        try (Backend backend = opener.open(folder)) {
            after = backend.verifier().verify();
        }
        if (!after.consistent()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "stockroom: compacted, but the ledger does not verify now (%d mismatches): restore the"
                                    + " backup made just before with 'stockroom restore %s'%n",
                            after.mismatches().size(), backup.file());
            return ExitCodes.BACKUP_FAILED;
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "Compacted %s from %,d to %,d bytes in %,d ms; the ledger verifies (%,d movements). Backed up"
                                + " first to %s.%n",
                        folder.directory(), sizes.before(), sizes.after(), millis, after.movements(), backup.file());
        return ExitCodes.OK;
    }
}
