package org.stockroom.cli.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Permission;
import org.stockroom.persistence.BackupKey;
import org.stockroom.persistence.DataDirectory;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.VersionInfo;
import org.stockroom.service.backup.BackupEntry;
import org.stockroom.service.backup.BackupManifest;
import org.stockroom.service.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockroom backup} and {@code stockroom restore}. */
public final class BackupCommands {

    private BackupCommands() {}

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "Back up the database (online: others may keep working), restore the copy into a scratch "
                    + "folder and verify its ledger; the backup's manifest records what it holds. Default: into "
                    + "the data folder's backups/. Exit 7 if the backup fails or does not verify.")
    public static final class Backup implements Callable<Integer> {

        private final BackendOpener opener;

        Backup(BackendOpener opener) {
            this.opener = opener;
        }

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Mixin
        ActingUser acting = new ActingUser();

        @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to this .zip file instead.")
        Path to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Backend backend = opener.open(database.target())) {
                backend.users().require(acting.signIn(backend, null), Permission.MANAGE_SETTINGS);
                BackupEntry entry = to == null
                        ? backend.backups().backUpNow("manual")
                        : backend.backups().backUpTo(to.toAbsolutePath());
                PrintWriter out = spec.commandLine().getOut();
                BackupManifest m = entry.manifest();
                if (!entry.verified()) {
                    spec.commandLine()
                            .getErr()
                            .printf(
                                    "stockroom: backup %s written, but its ledger does not verify"
                                            + " (%d mismatches): run 'stockroom verify'%n",
                                    entry.file(), m == null ? -1 : m.mismatches());
                    return ExitCodes.BACKUP_FAILED;
                }
                out.printf(
                        "Backed up to %s (%,d bytes): %,d products, %,d stock levels, %,d movements, schema %s;"
                                + " restored and verified.%n",
                        entry.file(),
                        entry.sizeBytes(),
                        m.products(),
                        m.stockLevels(),
                        m.movements(),
                        m.schemaVersion());
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Replace the data folder's database with a backup, after checking that the backup verifies "
                    + "and is not from a newer Stockroom. Only while nothing has the folder open. The database it "
                    + "replaces is kept in backups/. Exit 7 if refused (nothing is changed).")
    public static final class RestoreCommand implements Callable<Integer> {

        private final BackendOpener opener;

        RestoreCommand(BackendOpener opener) {
            this.opener = opener;
        }

        @Parameters(index = "0", paramLabel = "FILE", description = "A backup written by 'stockroom backup'.")
        Path file;

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "Data folder to restore into (default: $" + DataDirectory.ENV_VARIABLE
                        + ", else the per-user data folder).")
        Path dataDir;

        @Option(
                names = "--backup-key-file",
                paramLabel = "FILE",
                description = "The backup.key of the data folder the backup came from (on another PC; default:"
                        + " this data folder's own).")
        Path backupKeyFile;

        @Mixin
        ActingUser acting = new ActingUser();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = DataDirectory.resolve(dataDir);
            BackupKey key = backupKeyFile == null ? null : BackupKey.read(backupKeyFile.toAbsolutePath());
            Restore.Outcome outcome = new Restore(Clock.systemUTC(), VersionInfo.version())
                    .restore(file.toAbsolutePath(), new DatabaseTarget.Local(dir), this::requireAdmin, key);
            BackupManifest m = outcome.restored();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Restored %s into %s: %,d products, %,d movements, backed up %s.%s%n",
                            file,
                            dir,
                            m.products(),
                            m.movements(),
                            m.createdAt(),
                            outcome.keptAs() == null
                                    ? ""
                                    : " The database it replaced is kept as " + outcome.keptAs() + ".");
            return ExitCodes.OK;
        }

        /** An administrator of the database in {@code folder} (anyone, on a database without users). */
        private void requireAdmin(Path folder) {
            try (Backend backend = opener.open(new DatabaseTarget.Local(folder))) {
                backend.users().require(acting.signIn(backend, null), Permission.MANAGE_SETTINGS);
            }
        }
    }
}
