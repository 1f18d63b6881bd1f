package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestProduct;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Role;
import org.stockroom.persistence.BackupKey;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * Issue 24, finding 3: only an administrator of the database being replaced restores it (of the backup, when the
 * current one cannot be opened). Before the fix a clerk restored a backup of a site where the clerk was the admin.
 */
class RestoreNeedsAnAdminTest {

    @TempDir
    Path folder;

    Path site;
    Path siteBackup;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void aSiteWithAnAdminAndAClerk() throws IOException {
        site = folder.resolve("site");
        try (Backend backend = Backend.open(site)) {
            TestProduct.sku("REAL-1").createIn(backend);
            backend.users().createFirstAdministrator("ada", "ada-password-1", "test");
            backend.users().add(Actor.named("ada"), "bob", Role.CLERK, "bob-password-1");
            siteBackup = backend.backups().backUpNow("manual").file();
        }
        Files.writeString(folder.resolve("ada.txt"), "ada-password-1");
        Files.writeString(folder.resolve("bob.txt"), "bob-password-1");
    }

    @Test
    void aClerkOrNobodyIsRefusedWithExitSixAndNothingChanges() throws IOException {
        try (Backend backend = Backend.open(site)) {
            backend.products()
                    .create(Actor.named("ada"), TestProduct.sku("LATER-1").details()); // after the backup
        }

        assertThat(restore(siteBackup, "--user", "bob", "--user-password-file", pw("bob")))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(restore(siteBackup)).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(restore(siteBackup, "--user", "ada", "--user-password-file", pw("bob")))
                .as("the admin's name with a wrong password")
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        try (Backend backend = Backend.open(site)) {
            assertThat(backend.products().findBySku("LATER-1"))
                    .as("the current database stayed")
                    .isPresent();
        }
    }

    @Test
    void theSitesAdminRestores() {
        assertThat(restore(siteBackup, "--user", "ada", "--user-password-file", pw("ada")))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("Restored");
    }

    @Test
    void aClerksOwnSiteWhereTheClerkIsAdminCannotReplaceTheRealOne() {
        Path own = folder.resolve("bobs-own");
        Path bobsBackup;
        try (Backend backend = Backend.open(own)) {
            TestProduct.sku("FAKE-1").createIn(backend);
            backend.users().createFirstAdministrator("bob", "bob-password-1", "test");
            bobsBackup = backend.backups().backUpNow("manual").file();
        }

        int status = restore(
                bobsBackup,
                "--user",
                "bob",
                "--user-password-file",
                pw("bob"),
                "--backup-key-file",
                own.resolve(BackupKey.FILE_NAME).toString());

        assertThat(status).isEqualTo(ExitCodes.NOT_ALLOWED);
        try (Backend backend = Backend.open(site)) {
            assertThat(backend.products().findBySku("REAL-1")).isPresent();
            assertThat(backend.products().findBySku("FAKE-1")).isEmpty();
        }
    }

    @Test
    void whenTheCurrentDatabaseCannotBeOpenedAnAdminOfTheBackupRestores() throws IOException {
        Files.write(site.resolve("stockroom.mv.db"), new byte[] {1, 2, 3, 4}); // a wrecked file

        assertThat(restore(siteBackup, "--user", "bob", "--user-password-file", pw("bob")))
                .as("a clerk of the backup")
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(restore(siteBackup, "--user", "ada", "--user-password-file", pw("ada")))
                .as(cli.err())
                .isZero();
        try (Backend backend = Backend.open(site)) {
            assertThat(backend.products().findBySku("REAL-1")).isPresent();
        }
    }

    @Test
    void aZipWithAManifestButNoDatabaseInsideIsRefusedInOneLineWithExitSeven() throws IOException {
        Path fake = folder.resolve("fake.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(fake));
                var manifest = Files.newInputStream(siteBackup)) {
            try (var zip = new java.util.zip.ZipFile(siteBackup.toFile())) {
                out.putNextEntry(new java.util.zip.ZipEntry("manifest.properties"));
                zip.getInputStream(zip.getEntry("manifest.properties")).transferTo(out);
                out.putNextEntry(new java.util.zip.ZipEntry("stockroom.mv.db"));
                out.write(new java.util.Random(7)
                        .ints(4096, 0, 256)
                        .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> {})
                        .toByteArray());
            }
        }

        assertThat(restore(fake, "--user", "ada", "--user-password-file", pw("ada")))
                .as(cli.err())
                .isEqualTo(ExitCodes.BACKUP_FAILED);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("Nothing was changed");
    }

    private int restore(Path backup, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "restore";
        args[1] = backup.toString();
        args[2] = "--data-dir";
        args[3] = site.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return cli.run(args);
    }

    private String pw(String who) {
        return folder.resolve(who + ".txt").toString();
    }
}
