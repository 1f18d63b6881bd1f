package org.stockroom.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockroom.persistence.PrivateFiles;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.BackgroundSchedule;

/**
 * Automatic backups for the window and {@code serve}: one a day (checked every half hour, first a few minutes
 * after start so it never slows it), one when the last window closes, each also copied to the second folder if
 * one is set, then old ones pruned. Every outcome, failures included, goes to the listener: shown, not swallowed.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final Path dataDirectory;
    private final Clock clock;
    private final Consumer<Outcome> listener;
    private final BackgroundSchedule timer = new BackgroundSchedule("stockroom-backup", Duration.ofMinutes(10));

    /** What one backup came to: the entry written, or why it failed (then entry is null). */
    public record Outcome(Instant at, String kind, BackupEntry entry, String failure) {

        public boolean succeeded() {
            return failure == null && entry != null && entry.verified();
        }
    }

    public BackupScheduler(BackupService backups, Path dataDirectory, Clock clock, Consumer<Outcome> listener) {
        this.backups = backups;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.listener = listener;
    }

    public BackupScheduler start(Duration firstCheckAfter) {
        timer.every(firstCheckAfter, Duration.ofMinutes(30), this::dailyIfDue);
        return this;
    }

    public BackupSettings settings() {
        return BackupSettings.load(dataDirectory);
    }

    public void saveSettings(BackupSettings settings) {
        settings.save(dataDirectory);
    }

    public BackupService service() {
        return backups;
    }

    /** A backup now, of the given kind ("manual", "on-close"), on the calling thread. */
    public Outcome backUp(String kind) {
        Instant at = clock.instant();
        Outcome outcome;
        try {
            BackupSettings settings = settings();
            BackupEntry entry = backups.backUpNow(kind);
            String failure = entry.verified()
                    ? null
                    : "the backup " + entry.file().getFileName() + " was written but its ledger does not verify ("
                            + entry.manifest().mismatches() + " mismatches)";
            if (settings.copyTo() != null) {
                failure = copy(entry.file(), settings.copyTo(), failure);
            }
            prune(settings);
            outcome = new Outcome(at, kind, entry, failure);
        } catch (RuntimeException e) {
            outcome = new Outcome(at, kind, null, e.getMessage());
        }
        if (outcome.failure() != null) {
            LOG.warn("Backup ({}) failed: {}", kind, outcome.failure());
        } else {
            LOG.info("Backed up to {}", outcome.entry().file());
        }
        listener.accept(outcome);
        return outcome;
    }

    /**
     * When the last window closes, if the settings ask for it and no verified backup is younger than
     * {@link #ON_CLOSE_UNLESS_WITHIN}: at a million SKUs a backup takes minutes, and closing the window twice in an
     * hour should not cost them twice.
     */
    public void onClose() {
        Instant recent = clock.instant().minus(ON_CLOSE_UNLESS_WITHIN);
        if (settings().onClose()
                && backups.list().stream()
                        .noneMatch(e -> e.verified() && e.writtenAt().isAfter(recent))) {
            backUp("on-close");
        }
    }

    static final Duration ON_CLOSE_UNLESS_WITHIN = Duration.ofHours(1);

    private void dailyIfDue() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
            boolean doneToday = backups.list().stream()
                    .filter(BackupRetention::isAutomatic)
                    .anyMatch(e -> e.verified()
                            && !e.writtenAt()
                                    .atZone(ZoneId.systemDefault())
                                    .toLocalDate()
                                    .isBefore(today));
            if (!doneToday) {
                backUp("daily");
            }
        } catch (RuntimeException e) {
            // keep the schedule alive; the listener heard about a failed backup already
            LOG.warn("Checking for a due backup failed: {}", e.getMessage());
        }
    }

    private static String copy(Path file, Path folder, String failure) {
        try {
            PrivateFiles.folder(folder);
            Path draft = folder.resolve(file.getFileName() + ".part");
            Files.copy(file, draft, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.file(draft);
            Files.move(draft, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return failure;
        } catch (IOException | java.io.UncheckedIOException e) {
            String copyFailure = "the copy to " + folder + " failed: " + e.getMessage();
            return failure == null ? copyFailure : failure + "; " + copyFailure;
        }
    }

    private void prune(BackupSettings settings) {
        prune(backups.folder(), settings);
        if (settings.copyTo() != null) {
            prune(settings.copyTo(), settings);
        }
    }

    private static void prune(Path folder, BackupSettings settings) {
        for (BackupEntry old : BackupRetention.toDelete(
                BackupService.list(folder), settings.keepDaily(), settings.keepWeekly(), ZoneId.systemDefault())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new BackupException("Cannot delete the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Stops the schedule; a backup in progress finishes (never interrupted: it may be inside H2). */
    @Override
    public void close() {
        timer.close();
    }
}
