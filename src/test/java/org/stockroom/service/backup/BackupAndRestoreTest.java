package org.stockroom.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.Backend;

class BackupAndRestoreTest {

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    private Restore restore() {
        return new Restore(Clock.systemUTC(), "test");
    }

    @Test
    void aBackupTakenWhileOthersWriteIsConsistentAndRestoresToWhatItHeld() throws Exception {
        BackupEntry backup;
        long productId;
        try (Backend backend = TestBackends.open(folder)) {
            productId = TestBackends.product(backend, "BK-1").id();
            backend.stock().receive(TestBackends.change(productId, "MAIN", 100));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong received = new AtomicLong();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    backend.stock().receive(TestBackends.change(productId, "MAIN", 1));
                    received.incrementAndGet();
                }
            });
            writer.start();
            Thread.sleep(200);
            backup = backend.backups().backUpNow("manual");
            stop.set(true);
            writer.join();
            assertThat(received.get()).as("receipts went on during the backup").isPositive();
        }
        assertThat(backup.verified())
                .as("restored into a scratch folder and verified")
                .isTrue();
        long movementsInBackup = backup.manifest().movements();

        Restore.Outcome outcome = restore().restore(backup.file(), new DatabaseTarget.Local(data()), folder -> {});

        assertThat(outcome.keptAs()).as("the replaced database is kept").exists();
        try (Backend backend = TestBackends.open(folder)) {
            assertThat(backend.verifier().verify().consistent()).isTrue();
            assertThat(backend.verifier().verify().movements()).isEqualTo(movementsInBackup);
            assertThat(backend.catalogue().productRow(productId).orElseThrow().onHand())
                    .as("one unit per receipt after the first 100")
                    .isEqualTo(100 + movementsInBackup - 1);
            assertThat(backend.backups().list())
                    .extracting(BackupEntry::verified)
                    .containsOnly(true);
        }
    }

    @Test
    void aBackupWithoutAManifestIsRefusedAndNothingChanges() throws Exception {
        try (Backend backend = TestBackends.open(folder)) {
            TestBackends.product(backend, "BK-2");
        }
        Path plain = folder.resolve("plain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(plain))) {
            out.putNextEntry(new ZipEntry("stockroom.mv.db"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        assertThatThrownBy(() -> restore().restore(plain, new DatabaseTarget.Local(data()), folder -> {}))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("no Stockroom manifest");
        try (Backend backend = TestBackends.open(folder)) {
            assertThat(backend.products().findBySku("BK-2")).isPresent();
        }
    }

    @Test
    void aBackupWhoseLedgerNoLongerMatchesItsManifestIsRefused() throws Exception {
        BackupEntry backup;
        try (Backend backend = TestBackends.open(folder)) {
            long id = TestBackends.product(backend, "BK-3").id();
            backend.stock().receive(TestBackends.change(id, "MAIN", 5));
            backup = backend.backups().backUpNow("manual");
        }
        Path damaged = rewriteManifest(backup.file(), m -> m.setProperty("ledger.sha256", "0".repeat(64)));
        assertThatThrownBy(() -> restore().restore(damaged, new DatabaseTarget.Local(data()), folder -> {}))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        BackupEntry backup;
        try (Backend backend = TestBackends.open(folder)) {
            try (Connection c = backend.database().dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO \"flyway_schema_history\" ("
                        + " \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                        + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\") VALUES (99, '99',"
                        + " 'from the future', 'SQL', 'V99__future.sql', 0, 'SA', CURRENT_TIMESTAMP, 0, TRUE)");
                c.commit();
            }
            backup = backend.backups().backUpNow("manual");
        }
        assertThatThrownBy(() -> restore().restore(backup.file(), new DatabaseTarget.Local(data()), folder -> {}))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("newer Stockroom");
    }

    @Test
    void aRestoreIntoAFolderThatIsOpenIsRefused() {
        try (Backend backend = TestBackends.open(folder)) {
            BackupEntry backup = backend.backups().backUpNow("manual");
            assertThatThrownBy(() -> restore().restore(backup.file(), new DatabaseTarget.Local(data()), folder -> {}))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("is in use");
        }
    }

    private Path rewriteManifest(Path backup, java.util.function.Consumer<Properties> change) throws Exception {
        Path out = folder.resolve("changed.zip");
        try (ZipFile in = new ZipFile(backup.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals("manifest.properties")) {
                        Properties manifest = new Properties();
                        manifest.load(data);
                        change.accept(manifest);
                        manifest.store((OutputStream) zip, null);
                    } else {
                        data.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out;
    }
}
