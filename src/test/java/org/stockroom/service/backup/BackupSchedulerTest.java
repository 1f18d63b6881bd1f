package org.stockroom.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.service.Backend;

class BackupSchedulerTest {

    @TempDir
    Path folder;

    @Test
    void aBackupIsCopiedToTheSecondFolderAndItsOutcomeReported() throws Exception {
        List<BackupScheduler.Outcome> heard = new ArrayList<>();
        Path usb = folder.resolve("usb");
        try (Backend backend = TestBackends.open(folder)) {
            TestBackends.product(backend, "SCH-1");
            Path data = folder.resolve("data");
            new BackupSettings(usb, 7, 4, true).save(data);
            BackupScheduler scheduler = new BackupScheduler(backend.backups(), data, Clock.systemUTC(), heard::add);
            BackupScheduler.Outcome outcome = scheduler.backUp("on-close");
            assertThat(outcome.succeeded())
                    .as(String.valueOf(outcome.failure()))
                    .isTrue();
            assertThat(usb.resolve(outcome.entry().file().getFileName())).exists();
        }
        assertThat(heard).hasSize(1);
    }

    @Test
    void aFailedCopyIsReportedNotSwallowed() throws Exception {
        List<BackupScheduler.Outcome> heard = new ArrayList<>();
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "x");
        try (Backend backend = TestBackends.open(folder)) {
            Path data = folder.resolve("data");
            new BackupSettings(notAFolder, 7, 4, true).save(data);
            BackupScheduler.Outcome outcome =
                    new BackupScheduler(backend.backups(), data, Clock.systemUTC(), heard::add).backUp("daily");
            assertThat(outcome.failure()).contains("copy to " + notAFolder);
        }
        assertThat(heard)
                .singleElement()
                .satisfies(o -> assertThat(o.succeeded()).isFalse());
    }

    @Test
    void closingTheWindowBacksUpUnlessAVerifiedBackupIsRecent() {
        try (Backend backend = TestBackends.open(folder)) {
            Path data = folder.resolve("data");
            BackupScheduler scheduler = new BackupScheduler(backend.backups(), data, Clock.systemUTC(), o -> {});
            scheduler.onClose();
            assertThat(backend.backups().list()).as("the first close backs up").hasSize(1);
            scheduler.onClose();
            assertThat(backend.backups().list())
                    .as("one made a moment ago is enough")
                    .hasSize(1);
        }
    }
}
