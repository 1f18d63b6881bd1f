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
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * Issue 24, finding 6: on a database with users, {@code stock} and {@code verify} read without any sign-in and
 * refused {@code --user}, so a script could not pass one sign-in to every command. Now they take the sign-in
 * options and want a user (a Viewer is enough), as the window does.
 */
class ReadCommandsNeedAViewerTest {

    @TempDir
    Path folder;

    String dir;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void aSiteWithAViewer() throws IOException {
        dir = folder.resolve("data").toString();
        try (Backend backend = Backend.open(folder.resolve("data"))) {
            TestProduct.sku("HW-1").createIn(backend);
            backend.users().createFirstAdministrator("ada", "ada-password-1", "test");
            backend.users().add(Actor.named("ada"), "vic", Role.VIEWER, "vic-password-1");
        }
        Files.writeString(folder.resolve("vic.txt"), "vic-password-1");
    }

    @Test
    void stockAndVerifyRefuseAStrangerWithExitSix() {
        assertThat(cli.run("stock", "HW-1", "--data-dir", dir)).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.run("verify", "--data-dir", dir)).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.out()).doesNotContain("OK:");
    }

    @Test
    void aViewerReadsWithTheSameSignInOptionsAsEveryOtherCommand() {
        String pw = folder.resolve("vic.txt").toString();
        assertThat(cli.run("stock", "HW-1", "--data-dir", dir, "--user", "vic", "--user-password-file", pw))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("ON_HAND");
        assertThat(cli.run("verify", "--data-dir", dir, "--user", "vic", "--user-password-file", pw))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("OK:");
    }

    @Test
    void theMovementBenchmarkWritesNothingIntoADatabaseWithUsers() {
        assertThat(cli.run("bench", "movements", "--movements", "10", "--data-dir", dir))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("benchmark data folder without users");
    }
}
