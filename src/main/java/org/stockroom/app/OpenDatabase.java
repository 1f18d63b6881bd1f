package org.stockroom.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.LogFile;
import org.stockroom.persistence.OpenSteps;
import org.stockroom.service.Backend;
import org.stockroom.service.VersionInfo;
import org.stockroom.service.backup.BackupScheduler;
import org.stockroom.service.backup.Restore;
import org.stockroom.service.catalogue.ProductRow;

/**
 * The database a window has open and the background work that runs on it (the backup schedule): opened, restored
 * and closed in the one order that is safe, whichever thread asks.
 */
final class OpenDatabase {

    private final DatabaseTarget target;
    private final AtomicReference<Backend> backend = new AtomicReference<>();
    private volatile BackupScheduler backups;

    OpenDatabase(DatabaseTarget target) {
        this.target = target;
    }

    /**
     * Starts the log file beside the data it is about (a window on a server: beside the user's settings); null when
     * the folder refuses one, which is no reason not to start: the window says what is wrong with the folder itself.
     */
    Path startLogFile(Path settingsFolder) {
        try {
            return LogFile.into(target instanceof DatabaseTarget.Local local ? local.directory() : settingsFolder);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OpenDatabase.class).warn("No log file: {}", e.getMessage());
            return null;
        }
    }

    /** Opens the database (on a worker thread), saying each step as it begins. */
    Backend open(OpenSteps steps) {
        Backend opened = Backend.open(target, steps);
        backend.set(opened);
        return opened;
    }

    /**
     * The database, whether it has users, and the list's first page: read on the worker, before the window is built
     * (the FX thread runs no SQL). The page is null after a restore or if its read failed.
     */
    record Opened(Backend backend, boolean hasUsers, List<ProductRow> firstPage) {}

    /**
     * Opens the database, then reads the unfiltered list's first {@code rows} on the same worker: the window's first
     * layout then shows them, instead of a second layout after a read. A failed read is the list's own to show.
     */
    Opened openWithFirstPage(OpenSteps steps, int rows) {
        Backend opened = open(steps);
        steps.begins("Reading the first rows");
        boolean hasUsers = opened.users().hasUsers();
        try {
            return new Opened(opened, hasUsers, opened.productCatalogue().page(CatalogueQuery.everything(), 0, rows));
        } catch (RuntimeException e) {
            return new Opened(opened, hasUsers, null);
        }
    }

    /**
     * Daily and on close, verified backups of a database in a local folder; the first check a few minutes in, so it
     * never slows the start. Null for a server's database (its own PC backs it up).
     */
    /** Where this database is backed up when not by this window (the Backups page says so). */
    String backupsElsewhere() {
        if (target instanceof DatabaseTarget.Postgres) {
            return "This window works on a PostgreSQL database. Stockroom does not back it up: PostgreSQL's own"
                    + " tools do, on the server (pg_dump for a copy, continuous archiving to restore any moment).";
        }
        return "This window works on a Stockroom server's database: the server makes the backups"
                + " (daily, into its data folder's backups/). Use 'stockroom backup' on that PC.";
    }

    BackupScheduler scheduleBackups(Backend opened, Consumer<BackupScheduler.Outcome> outcomes) {
        if (!(target instanceof DatabaseTarget.Local local)) {
            return null;
        }
        backups = new BackupScheduler(opened.backups(), local.directory(), Clock.systemUTC(), outcomes)
                .start(Duration.ofMinutes(3));
        return backups;
    }

    /**
     * Lets go of the database (a restore needs the folder closed), restores {@code backup}, and opens the result. A
     * refused restore changed nothing: the same database opens again, and the result says why it was refused.
     */
    Reopened restoreAndOpen(Path backup) {
        close(false);
        Restore.Outcome outcome = null;
        String failure = null;
        try {
            // The Backups page is an administrator's (MainView's gate); the signed-in one proved it to this
            // database before it was closed, so no second sign-in is asked here.
            outcome = new Restore(Clock.systemUTC(), VersionInfo.version())
                    .restore(backup, (DatabaseTarget.Local) target, folder -> {});
        } catch (RuntimeException e) {
            failure = e.getMessage();
        }
        Backend reopened = open(OpenSteps.NONE);
        return new Reopened(new Opened(reopened, reopened.users().hasUsers(), null), outcome, failure);
    }

    record Reopened(Opened opened, Restore.Outcome outcome, String failure) {}

    /** Stops the background work on the database and closes it; {@code lastWindow}: the on-close backup first. */
    void close(boolean lastWindow) {
        BackupScheduler scheduled = backups;
        backups = null;
        if (scheduled != null) {
            scheduled.close();
            if (lastWindow) {
                scheduled.onClose();
            }
        }
        Backend opened = backend.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }
}
