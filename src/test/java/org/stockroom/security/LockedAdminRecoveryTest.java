package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * Issue 24, finding 6: four wrong passwords locked the only admin with no way back from the command line. Now an
 * admin unlocks others with {@code user unlock}, and a site whose only admin is locked or forgotten recovers with
 * {@code user recover} on the data folder itself (no sign-in; the folder is the proof).
 */
class LockedAdminRecoveryTest {

    @TempDir
    Path folder;

    String dir;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void aSiteWithOneAdmin() throws IOException {
        dir = folder.resolve("data").toString();
        try (Backend backend = Backend.open(folder.resolve("data"))) {
            backend.users().createFirstAdministrator("ada", "ada-password-1", "test");
            backend.users().add(Actor.named("ada"), "bob", Role.CLERK, "bob-password-1");
        }
        Files.writeString(folder.resolve("ada.txt"), "ada-password-1");
        Files.writeString(folder.resolve("wrong.txt"), "not-her-password");
        Files.writeString(folder.resolve("new.txt"), "ada-new-password-2");
    }

    @Test
    void anAdminUnlocksAClerkFromTheCommandLine() {
        for (int i = 0; i < 4; i++) {
            cli.run("user", "list", "--data-dir", dir, "--user", "bob", "--user-password-file", file("wrong"));
        }
        assertThat(cli.run("user", "list", "--data-dir", dir, "--user", "ada", "--user-password-file", file("ada")))
                .isZero();
        assertThat(cli.out()).contains("locked until");

        assertThat(cli.run(
                        "user",
                        "unlock",
                        "bob",
                        "--data-dir",
                        dir,
                        "--user",
                        "ada",
                        "--user-password-file",
                        file("ada")))
                .isZero();
        assertThat(cli.out()).contains("Unlocked bob");
    }

    @Test
    void aLockedOnlyAdminIsRecoveredWithTheDataFolderAndNotThroughAServer() {
        for (int i = 0; i < 4; i++) {
            cli.run("user", "list", "--data-dir", dir, "--user", "ada", "--user-password-file", file("wrong"));
        }
        assertThat(cli.run("user", "list", "--data-dir", dir, "--user", "ada", "--user-password-file", file("ada")))
                .as("locked: even her right password is refused")
                .isEqualTo(ExitCodes.NOT_ALLOWED);

        assertThat(cli.run("user", "recover", "ada", "--new-password-file", file("new"), "--server", "pc:9092"))
                .as("never through serve")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("user", "recover", "ada", "--new-password-file", file("new"), "--data-dir", dir))
                .as(cli.err())
                .isZero();

        assertThat(cli.run("user", "list", "--data-dir", dir, "--user", "ada", "--user-password-file", file("new")))
                .isZero();
        assertThat(cli.out()).contains("ada").contains("Admin");
    }

    private String file(String name) {
        return folder.resolve(name + ".txt").toString();
    }
}
