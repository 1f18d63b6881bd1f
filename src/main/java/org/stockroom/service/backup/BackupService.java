package org.stockroom.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stockroom.persistence.LocalKey;
import org.stockroom.persistence.PrivateFiles;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.persistence.backup.BackupFiles;
import org.stockroom.persistence.backup.OnlineBackup;

/**
 * Backups that prove themselves. A backup is H2's online copy of the running database; before it gets its name it
 * is restored into a scratch folder, the ledger verifier runs on it, and what that copy holds goes into its
 * manifest. {@link Restore} puts one back.
 */
public final class BackupService {

    /** The data folder's own backups live here. */
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    private final OnlineBackup live;
    private final BackupFiles files;
    private final Path dataDirectory;
    private final Clock clock;
    private final String appVersion;

    public BackupService(OnlineBackup live, BackupFiles files, Path dataDirectory, Clock clock, String appVersion) {
        this.live = live;
        this.files = files;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    public Path folder() {
        return dataDirectory.resolve(FOLDER);
    }

    /** A backup in the data folder's {@code backups/}, named by the time and {@code kind} (daily, manual, ...). */
    public BackupEntry backUpNow(String kind) {
        return backUpTo(folder().resolve(fileName(clock.instant(), kind)));
    }

    /** An online backup into {@code target}, verified by restoring it first. */
    public BackupEntry backUpTo(Path target) {
        Instant started = clock.instant();
        Path scratch = scratchFolder();
        try {
            PrivateFiles.folder(target.toAbsolutePath().getParent());
            Path h2Zip = scratch.resolve("h2-backup.zip");
            live.writeTo(h2Zip);
            return finish(files, h2Zip, dataDirectory, scratch, target, started, appVersion, clock);
        } catch (IOException e) {
            throw new BackupException("Cannot write a backup to " + target + ": " + e.getMessage(), e);
        } finally {
            BackupFiles.deleteFolder(scratch);
        }
    }

    /** The backups in {@code backups/}, newest first. */
    public List<BackupEntry> list() {
        return list(folder());
    }

    static List<BackupEntry> list(Path folder) {
        List<BackupEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .toList()) {
                entries.add(entry(file));
            }
        } catch (IOException e) {
            throw new BackupException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(BackupEntry::writtenAt).reversed());
        return entries;
    }

    static BackupEntry entry(Path file) {
        try {
            BackupManifest manifest;
            try {
                manifest = BackupManifest.of(BackupFiles.manifest(file));
            } catch (BackupException unreadable) {
                manifest = null;
            }
            Instant written = manifest != null
                    ? manifest.createdAt()
                    : Files.getLastModifiedTime(file).toInstant();
            return new BackupEntry(file, Files.size(file), written, manifest);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores {@code h2Zip} into {@code scratch/copy} with the key of {@code keyFolder}, inspects and verifies it,
     * and writes the backup with its manifest to {@code target}.
     */
    static BackupEntry finish(
            BackupFiles files,
            Path h2Zip,
            Path keyFolder,
            Path scratch,
            Path target,
            Instant started,
            String appVersion,
            Clock clock)
            throws IOException {
        Path copy = scratch.resolve("copy");
        files.unpack(h2Zip, copy);
        if (Files.exists(keyFolder.resolve(LocalKey.FILE_NAME))) {
            Files.copy(keyFolder.resolve(LocalKey.FILE_NAME), copy.resolve(LocalKey.FILE_NAME));
        }
        return write(
                files, h2Zip, keyFolder, CopyInspection.of(files.copyAt(copy)), target, started, appVersion, clock);
    }

    /** Writes the backup with a manifest of {@code facts}, read from the copy (or the closed database) it holds. */
    static BackupEntry write(
            BackupFiles files,
            Path h2Zip,
            Path keyFolder,
            CopyInspection.Facts facts,
            Path target,
            Instant started,
            String appVersion,
            Clock clock) {
        BackupManifest manifest = new BackupManifest(
                appVersion,
                facts.schemaVersion(),
                started,
                facts.products(),
                facts.stockLevels(),
                facts.movements(),
                facts.ledgerChecksum(),
                facts.report().consistent(),
                facts.report().mismatches().size(),
                clock.instant());
        files.assemble(h2Zip, keyFolder, manifest.toProperties(), target);
        return entry(target);
    }

    static String fileName(Instant at, String kind) {
        return "stockroom-" + STAMP.format(at.atZone(ZoneId.systemDefault())) + "-" + kind + ".zip";
    }

    static Path scratchFolder() {
        try {
            return PrivateFiles.temporaryFolder("stockroom-backup"); // unpacked copies hold the data and key
        } catch (UncheckedIOException e) {
            throw new BackupException("Cannot make a scratch folder to verify the backup in: " + e.getMessage(), e);
        }
    }
}
