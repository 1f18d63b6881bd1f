package org.stockroom.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.stockroom.persistence.BackupKey;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.PrivateFiles;
import org.stockroom.persistence.SqlErrors;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.persistence.backup.BackupFiles;

/**
 * Puts a backup back into a data folder whose database nobody has open. Refuses a backup without a manifest,
 * one that did not verify when it was made or does not verify now, one whose ledger no longer matches its
 * checksum, and one from a newer schema than this Stockroom knows. The database it replaces is kept first, as a
 * verified backup of its own in {@code backups/}.
 */
public final class Restore {

    private final Clock clock;
    private final String appVersion;

    public Restore(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** What was restored, and where the replaced database was kept (null if the folder had none). */
    public record Outcome(BackupManifest restored, Path keptAs) {}

    /**
     * Proves that whoever restores is an administrator of the database in a folder (the current one when it opens,
     * otherwise the backup's unpacked copy: docs/ROLES.md); throws {@code NotAllowedException} if not, and
     * {@code DatabaseUnavailableException} if that folder's database cannot be opened.
     */
    @FunctionalInterface
    public interface AdminProof {
        void check(Path folderWithDatabase);
    }

    /** The same, the backup sealed with the data folder's own backup key, by the administrator {@code admin} proves. */
    public Outcome restore(Path backup, DatabaseTarget.Local into, AdminProof admin) {
        return restore(backup, into, admin, null);
    }

    /**
     * Restores {@code backup} into {@code into}; {@code key}: the backup key of the folder the backup came from (a
     * restore on another PC), or null for this folder's own.
     */
    public Outcome restore(Path backup, DatabaseTarget.Local into, AdminProof admin, BackupKey key) {
        Path dataDirectory = into.directory();
        Dialect dialect = into.dialect();
        BackupKey opening = key != null ? key : BackupKey.existsIn(dataDirectory) ? BackupKey.of(dataDirectory) : null;
        BackupFiles files = new BackupFiles(dialect, opening);
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("No backup file " + backup, null);
        }
        BackupManifest manifest = BackupManifest.of(BackupFiles.manifest(backup));
        if (manifest == null) {
            throw new BackupException(
                    backup + " has no Stockroom manifest: it was not written by 'stockroom"
                            + " backup' or it is damaged; nothing was changed",
                    null);
        }
        if (!manifest.verified()) {
            throw new BackupException(
                    backup + " did not verify when it was made (" + manifest.mismatches()
                            + " ledger mismatches); nothing was changed",
                    null);
        }
        Path scratch = BackupService.scratchFolder();
        Path copy = scratch.resolve("copy");
        try {
            files.unpack(backup, copy);
            CopyInspection.Facts facts = inspect(backup, files, copy);
            refuseIfUnfit(backup, manifest, facts);
            Path kept = null;
            if (files.databaseIn(dataDirectory) && opensAlone(dataDirectory, files, dialect)) {
                proveAdmin(admin, dataDirectory, copy);
                kept = keepCurrent(dataDirectory, scratch, new BackupFiles(dialect, BackupKey.of(dataDirectory)));
            } else if (files.databaseIn(dataDirectory)) {
                admin.check(copy); // the current file does not open: the backup's admin decides (docs/ROLES.md)
                kept = keepUnreadable(dataDirectory, dialect);
            } else {
                admin.check(copy);
            }
            files.install(copy, dataDirectory);
            if (key != null && !BackupKey.existsIn(dataDirectory)) {
                key.writeTo(dataDirectory); // this folder's later backups open with the key it was given
            }
            return new Outcome(manifest, kept);
        } finally {
            BackupFiles.deleteFolder(scratch);
        }
    }

    /** A file that unpacks but holds no database Stockroom can read is refused in one line, like any other. */
    private static CopyInspection.Facts inspect(Path backup, BackupFiles files, Path copy) {
        try {
            return CopyInspection.of(files.copyAt(copy));
        } catch (BackupException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BackupException(
                    backup + " holds no Stockroom database that can be read (" + firstLine(e)
                            + "). Nothing was changed",
                    e);
        }
    }

    /** The current database's admin restores; one that no longer opens is replaced by an admin of the backup. */
    private static void proveAdmin(AdminProof admin, Path dataDirectory, Path copy) {
        try {
            admin.check(dataDirectory);
        } catch (DatabaseUnavailableException unopenable) {
            admin.check(copy);
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void refuseIfUnfit(Path backup, BackupManifest manifest, CopyInspection.Facts facts) {
        if (facts.newerThanThisApp()) {
            throw new BackupException(
                    backup + " comes from a newer Stockroom (schema version " + facts.schemaVersion()
                            + "); install that version to restore it. Nothing was changed",
                    null);
        }
        if (!facts.report().consistent()) {
            throw new BackupException(
                    backup + " does not verify now: "
                            + facts.report().mismatches().size() + " ledger mismatches (first: "
                            + facts.report().mismatches().get(0) + "). Nothing was changed",
                    null);
        }
        if (!facts.ledgerChecksum().equals(manifest.ledgerChecksum()) || facts.movements() != manifest.movements()) {
            throw new BackupException(
                    backup + " is damaged: its ledger (" + facts.movements()
                            + " movements) no longer matches its manifest (" + manifest.movements()
                            + "). Nothing was changed",
                    null);
        }
    }

    /**
     * Only when nothing has the folder open: a window, a command or {@code serve} would keep the old database. False
     * when the file is nobody's but does not open (damaged): then it is kept as it is and replaced.
     */
    private static boolean opensAlone(Path dataDirectory, BackupFiles files, Dialect dialect) {
        try (Connection probe = files.aloneAt(dataDirectory).getConnection()) {
            probe.rollback(); // opened and closed at once: nobody else has it
            return true;
        } catch (SQLException e) {
            if (new SqlErrors(dialect).openFailure(e) == Dialect.OpenFailure.IN_USE) {
                throw new BackupException(
                        "The database in " + dataDirectory + " is in use: close Stockroom's windows and stop"
                                + " 'stockroom serve' on it first. Nothing was changed",
                        e);
            }
            return false;
        }
    }

    /** A database file that does not open is moved into backups/ as it is, for whoever wants to look at it. */
    private Path keepUnreadable(Path dataDirectory, Dialect dialect) {
        Path folder = PrivateFiles.folder(dataDirectory.resolve(BackupService.FOLDER));
        Path kept = folder.resolve(BackupService.fileName(clock.instant(), "unreadable")
                        .replace(".zip", "") + "-" + dialect.databaseFileName());
        try {
            Files.move(dataDirectory.resolve(dialect.databaseFileName()), kept);
            return kept;
        } catch (IOException e) {
            throw new BackupException(
                    "Cannot move the unreadable database aside: " + e.getMessage() + ". Nothing was changed", e);
        }
    }

    /** The database about to be replaced, kept as a verified backup in its own {@code backups/} folder. */
    private Path keepCurrent(Path dataDirectory, Path scratch, BackupFiles files) {
        // Closed and nobody else's: inspected where it is, then zipped once (a second unpack to inspect the copy
        // would double the time at a million SKUs).
        CopyInspection.Facts facts = CopyInspection.of(files.copyAt(dataDirectory));
        Path h2Zip = scratch.resolve("current.zip");
        files.copyClosedDatabase(dataDirectory, h2Zip);
        Path target = dataDirectory
                .resolve(BackupService.FOLDER)
                .resolve(BackupService.fileName(clock.instant(), "before-restore"));
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new BackupException(
                    "Cannot keep the current database before restoring: " + e.getMessage() + ". Nothing was changed",
                    e);
        }
        return BackupService.write(files, h2Zip, dataDirectory, facts, target, clock.instant(), appVersion, clock)
                .file();
    }
}
