package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.persistence.BackupKey;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.LocalKey;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.Backend;
import org.stockroom.service.backup.BackupEntry;
import org.stockroom.service.backup.Restore;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.ui.movements.MovementCsv;

/**
 * Issue 24, finding 2: the data folder, its database, key and backups, and the exports are their user's alone, also
 * after a restore; a backup holds neither the key nor anything readable without the site's backup key. Before the
 * fix the folder was 755, the files 644, and each backup zip carried {@code stockroom.key} in clear.
 */
class PrivateFilesAndSealedBackupsTest {

    static final String SECRET_NAME = "Confidential supplier widget";
    static final Restore.AdminProof ANYONE = folder -> {};

    @TempDir
    Path folder;

    @Test
    void theDataFolderItsFilesBackupsAndExportsAreTheirUsersAlone() throws IOException {
        Path data = folder.resolve("data");
        Path export = folder.resolve("movements.csv");
        try (Backend backend = Backend.open(data)) {
            stock(backend);
            backend.backups().backUpNow("manual");
            MovementCsv.write(backend.journal(), MovementFilter.everything(), export);
        }

        assertPrivate(data);
        assertThat(mode(export)).as("an export").isEqualTo("rw-------");
    }

    @Test
    void aRestoredFolderIsPrivateToo() throws IOException {
        BackupEntry backup = backupOfNewSite(folder.resolve("site"));
        Path other = folder.resolve("restored");
        BackupKey.read(folder.resolve("site").resolve(BackupKey.FILE_NAME)).writeTo(mkdirs(other));

        new Restore(Clock.systemUTC(), "test").restore(backup.file(), new DatabaseTarget.Local(other), ANYONE);

        assertPrivate(other);
        try (Backend restored = Backend.open(other)) {
            assertThat(restored.products().findBySku("SEC-2")).isPresent();
        }
    }

    @Test
    void aBackupWithoutTheBackupKeyRevealsNeitherTheKeyNorTheData() throws IOException {
        Path site = folder.resolve("site");
        BackupEntry backup = backupOfNewSite(site);
        String databaseKey = LocalKey.of(site);

        List<String> names = new ArrayList<>();
        StringBuilder everything = new StringBuilder(Files.readString(backup.file(), StandardCharsets.ISO_8859_1));
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    everything.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrder("manifest.properties", "database.sealed");
        assertThat(everything.toString())
                .as("the backup's bytes, raw and inflated")
                .doesNotContain(databaseKey)
                .doesNotContain(SECRET_NAME)
                .doesNotContain("SEC-2")
                .doesNotContain("PK\u0003\u0004stockroom"); // no zip of the database inside in clear
    }

    @Test
    void anotherSitesBackupKeyOpensNothingAndANewPcNeedsTheKeyFile() throws IOException {
        BackupEntry backup = backupOfNewSite(folder.resolve("site"));
        Path newPc = folder.resolve("new-pc");
        Path wrongKeyFolder = mkdirs(folder.resolve("elsewhere"));
        BackupKey wrong = BackupKey.of(wrongKeyFolder);
        Restore restore = new Restore(Clock.systemUTC(), "test");

        assertThatThrownBy(() -> restore.restore(backup.file(), new DatabaseTarget.Local(newPc), ANYONE))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("--backup-key-file");
        assertThatThrownBy(() -> restore.restore(backup.file(), new DatabaseTarget.Local(newPc), ANYONE, wrong))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("cannot be opened with this backup key");
        assertThat(newPc.resolve("stockroom.mv.db")).doesNotExist();

        BackupKey right = BackupKey.read(folder.resolve("site").resolve(BackupKey.FILE_NAME));
        restore.restore(backup.file(), new DatabaseTarget.Local(newPc), ANYONE, right);
        try (Backend restored = Backend.open(newPc)) {
            assertThat(restored.products().findBySku("SEC-2")).isPresent();
        }
        assertThat(newPc.resolve(BackupKey.FILE_NAME))
                .as("kept for the new PC's own backups")
                .exists();
    }

    private BackupEntry backupOfNewSite(Path site) {
        try (Backend backend = Backend.open(site)) {
            stock(backend);
            return backend.backups().backUpNow("manual");
        }
    }

    private static void stock(Backend backend) {
        long id = TestProduct.sku("SEC-2").name(SECRET_NAME).createIn(backend).id();
        backend.stock().receive(TestBackends.change(id, "MAIN", 3));
    }

    private static void assertPrivate(Path data) throws IOException {
        assertThat(mode(data)).as("the data folder").isEqualTo("rwx------");
        try (var all = Files.walk(data)) {
            all.forEach(p -> assertThat(mode(p))
                    .as("%s", data.relativize(p))
                    .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
        assertThat(data.resolve("stockroom.mv.db")).exists();
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path p) throws IOException {
        return Files.createDirectories(p);
    }
}
