package org.stockroom.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.backup.BackupEntry;
import org.stockroom.service.backup.BackupScheduler;
import org.stockroom.service.backup.BackupSettings;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;

/**
 * The Backups page: the data folder's backups (date, size, verified), "Back up now", restore with a confirmation
 * that says what happens to the current database, and the automatic settings. A window on a server's database
 * has no backups of its own: the server makes them.
 */
public final class BackupsViewModel {

    public static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** Replaces the open database with a backup: the window root closes it, restores and opens it again. */
    @FunctionalInterface
    public interface Restorer {
        void restore(Path backup);
    }

    private final BackupScheduler scheduler;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Restorer restorer;
    private final ObservableList<BackupEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty copyTo = new SimpleStringProperty("");
    private final StringProperty keepDaily = new SimpleStringProperty("");
    private final StringProperty keepWeekly = new SimpleStringProperty("");
    private final BooleanProperty onClose = new SimpleBooleanProperty(true);

    /** For a database in this PC's data folder, backed up by {@code scheduler}. */
    public BackupsViewModel(
            BackupScheduler scheduler, TaskExecutor executor, DialogService dialogs, Restorer restorer) {
        this(scheduler, "", executor, dialogs, restorer);
    }

    /** With a null scheduler the page only says where backups are made: {@code elsewhere}. */
    public BackupsViewModel(
            BackupScheduler scheduler,
            String elsewhere,
            TaskExecutor executor,
            DialogService dialogs,
            Restorer restorer) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.dialogs = dialogs;
        this.restorer = restorer;
        if (scheduler == null) {
            message.set(elsewhere);
        }
    }

    public boolean available() {
        return scheduler != null;
    }

    public void refresh() {
        if (scheduler == null) {
            return;
        }
        executor.run(
                () -> new Loaded(scheduler.service().list(), scheduler.settings()),
                loaded -> {
                    entries.setAll(loaded.entries());
                    BackupSettings s = loaded.settings();
                    copyTo.set(s.copyTo() == null ? "" : s.copyTo().toString());
                    keepDaily.set(Integer.toString(s.keepDaily()));
                    keepWeekly.set(Integer.toString(s.keepWeekly()));
                    onClose.set(s.onClose());
                },
                this::failed);
    }

    public void backUpNow() {
        if (scheduler == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Backing up and verifying the copy...");
        executor.run(
                () -> scheduler.backUp("manual"),
                outcome -> {
                    busy.set(false);
                    outcome(outcome);
                    refresh();
                },
                error -> {
                    busy.set(false);
                    failed(error);
                });
    }

    /** What an automatic or manual backup came to; a failure is said on the page and in a dialog. */
    public void outcome(BackupScheduler.Outcome outcome) {
        if (outcome.failure() == null) {
            message.set("Backed up " + WHEN.format(outcome.at()) + " to "
                    + outcome.entry().file() + ": restored and verified.");
        } else {
            message.set("Backup failed " + WHEN.format(outcome.at()) + ": " + outcome.failure());
            dialogs.showError("Backup failed", "The " + outcome.kind() + " backup failed: " + outcome.failure());
        }
        refresh();
    }

    public void restore(BackupEntry entry) {
        if (entry == null) {
            return;
        }
        if (!entry.verified()) {
            dialogs.showError(
                    "Cannot restore this backup",
                    entry.file().getFileName()
                            + " was not verified when it was made, so Stockroom will not restore it.");
            return;
        }
        if (dialogs.confirm(
                "Restore " + entry.file().getFileName() + "?",
                "Stockroom will replace the stock"
                        + " database with this backup of " + WHEN.format(entry.writtenAt()) + " ("
                        + entry.manifest().products() + " products, "
                        + entry.manifest().movements() + " movements)."
                        + " Everything recorded since then will no longer show. The current database is first kept as a"
                        + " backup of its own, so nothing is lost. The window closes the database, restores and opens it"
                        + " again; other workstations must not be using this folder.",
                "Restore")) {
            restorer.restore(entry.file());
        }
    }

    /** Checks and saves the automatic settings; nothing is saved if a value is wrong. */
    public void saveSettings() {
        if (scheduler == null) {
            return;
        }
        try {
            String folder = copyTo.get().strip();
            BackupSettings settings = new BackupSettings(
                    folder.isEmpty() ? null : Path.of(folder),
                    parse(keepDaily.get(), "Daily backups to keep"),
                    parse(keepWeekly.get(), "Weekly backups to keep"),
                    onClose.get());
            scheduler.saveSettings(settings);
            message.set("Saved: the next backups follow these settings.");
        } catch (RuntimeException e) {
            message.set("Not saved: " + e.getMessage());
        }
    }

    private static int parse(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + text + "'");
        }
    }

    private void failed(Throwable error) {
        message.set("Failed: " + error.getMessage());
    }

    public ObservableList<BackupEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty copyToProperty() {
        return copyTo;
    }

    public StringProperty keepDailyProperty() {
        return keepDaily;
    }

    public StringProperty keepWeeklyProperty() {
        return keepWeekly;
    }

    public BooleanProperty onCloseProperty() {
        return onClose;
    }

    private record Loaded(java.util.List<BackupEntry> entries, BackupSettings settings) {}
}
