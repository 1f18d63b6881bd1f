package org.stockroom.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Backend;
import org.stockroom.service.backup.BackupEntry;
import org.stockroom.service.backup.BackupScheduler;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

class BackupsViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    @TempDir
    Path folder;

    Backend backend;
    RecordingDialogService dialogs = new RecordingDialogService();
    List<Path> restored = new ArrayList<>();
    BackupsViewModel model;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        TestBackends.product(backend, "UI-1");
        BackupScheduler scheduler =
                new BackupScheduler(backend.backups(), folder.resolve("data"), Clock.systemUTC(), outcome -> {});
        model = new BackupsViewModel(scheduler, new CurrentThreadTaskExecutor(), dialogs, restored::add);
    }

    @Test
    void backUpNowListsAVerifiedBackupAndSaysWhere() {
        model.backUpNow();

        assertThat(model.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.verified()).isTrue());
        assertThat(model.messageProperty().get()).contains("restored and verified");
    }

    @Test
    void restoreHappensOnlyAfterTheUserConfirms() {
        model.backUpNow();
        BackupEntry entry = model.entries().get(0);

        dialogs.confirmAnswer = false;
        model.restore(entry);
        assertThat(restored).as("declined").isEmpty();

        dialogs.confirmAnswer = true;
        model.restore(entry);
        assertThat(restored).containsExactly(entry.file());
    }

    @Test
    void badSettingsAreNotSavedAndSayWhy() {
        model.refresh();
        model.keepDailyProperty().set("seven");
        model.saveSettings();

        assertThat(model.messageProperty().get())
                .isEqualTo("Not saved: Daily backups to keep must be a whole number, not 'seven'");
        model.refresh();
        assertThat(model.keepDailyProperty().get()).isEqualTo("7");
    }
}
