package org.stockroom.cli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;

/** {@code stockroom user ...}: the first admin needs no one, the rest need an admin's credentials. */
class UserCommandsTest {

    @TempDir
    Path folder;

    String dir;
    String adaPassword;
    String bobPassword;
    String wrongPassword;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void files() throws Exception {
        dir = folder.resolve("data").toString();
        adaPassword = write("ada.txt", "ada's password");
        bobPassword = write("bob.txt", "bob's password");
        wrongPassword = write("wrong.txt", "not it at all");
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content + "\n").toString();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private int asAda(String... args) {
        return run(with(args, "--user", "ada", "--user-password-file", adaPassword));
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void theFirstUserMustBeAnAdminAndNeedsNoCredentials() {
        assertThat(run("user", "add", "ada", "--role", "clerk", "--new-password-file", adaPassword, "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("the first user of a database must be an admin");

        assertThat(run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).isEqualTo("Added ada (Admin)" + System.lineSeparator());
    }

    @Test
    void afterTheFirstEveryUserCommandNeedsAValidAdminAndSaysWhatIsMissingInOneLine() {
        run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir);

        assertThat(run("user", "add", "bob", "--role", "clerk", "--new-password-file", bobPassword, "--data-dir", dir))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("--user NAME");
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(run(
                        "user",
                        "add",
                        "bob",
                        "--role",
                        "clerk",
                        "--new-password-file",
                        bobPassword,
                        "--data-dir",
                        dir,
                        "--user",
                        "ada",
                        "--user-password-file",
                        wrongPassword))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("Unknown user or wrong password");
        assertThat(cli.err()).doesNotContain("not it at all", "ada's password");

        assertThat(asAda(
                        "user", "add", "bob", "--role", "clerk", "--new-password-file", bobPassword, "--data-dir", dir))
                .isZero();
        assertThat(run("user", "list", "--data-dir", dir, "--user", "bob", "--user-password-file", bobPassword))
                .isZero();
        assertThat(cli.out()).contains("ada", "Admin", "bob", "Clerk");

        assertThat(run(
                        "user",
                        "disable",
                        "ada",
                        "--data-dir",
                        dir,
                        "--user",
                        "bob",
                        "--user-password-file",
                        bobPassword))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("Admin role").contains("bob is a Clerk");
        assertThat(asAda("user", "disable", "ada", "--data-dir", dir)).isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("last active administrator");
    }

    @Test
    void passwdChangesThePasswordTheNextSignInNeeds() {
        run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir);
        asAda("user", "add", "bob", "--role", "viewer", "--new-password-file", bobPassword, "--data-dir", dir);

        assertThat(asAda("user", "passwd", "bob", "--new-password-file", wrongPassword, "--data-dir", dir))
                .isZero();

        assertThat(run("user", "list", "--data-dir", dir, "--user", "bob", "--user-password-file", bobPassword))
                .as("the old password")
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(run("user", "list", "--data-dir", dir, "--user", "bob", "--user-password-file", wrongPassword))
                .isZero();
        assertThat(asAda(
                        "user", "add", "eve", "--role", "owner", "--new-password-file", bobPassword, "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--role: 'owner' is not one of");
    }

    @Test
    void onceADatabaseHasUsersStockCommandsNeedCredentialsAndTheRole() {
        assertThat(run("product", "add", "U-1", "--name", "Bolt", "--data-dir", dir))
                .isZero();
        run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir);
        asAda("user", "add", "bob", "--role", "clerk", "--new-password-file", bobPassword, "--data-dir", dir);

        assertThat(run("receive", "U-1", "5", "--data-dir", dir, "--user", "bob"))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(run("receive", "U-1", "5", "--data-dir", dir, "--user", "BOB", "--user-password-file", bobPassword))
                .isZero();
        assertThat(cli.err()).as("no note: this database has users").isEmpty();
        assertThat(run(
                        "adjust",
                        "U-1",
                        "-1",
                        "--reason",
                        "Damaged",
                        "--data-dir",
                        dir,
                        "--user",
                        "bob",
                        "--user-password-file",
                        bobPassword))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("Supervisor role").contains("bob is a Clerk");
        assertThat(run("product", "add", "U-2", "--name", "Nut", "--data-dir", dir))
                .isEqualTo(ExitCodes.NOT_ALLOWED);

        try (Backend backend = Backend.open(Path.of(dir))) {
            long id = backend.products().findBySku("U-1").orElseThrow().id();
            assertThat(backend.ledger().history(id, 10))
                    .as("the signed-in name, as stored, is on the movement; the refused adjust wrote nothing")
                    .extracting(m -> m.userName() + " " + m.quantity())
                    .containsExactly("bob 5");
        }
    }

    @Test
    void onlyAnAdminBacksUpOnceTheDatabaseHasUsers() {
        run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir);
        asAda("user", "add", "bob", "--role", "supervisor", "--new-password-file", bobPassword, "--data-dir", dir);
        String backup = folder.resolve("copy.zip").toString();

        assertThat(run(
                        "backup",
                        "--to",
                        backup,
                        "--data-dir",
                        dir,
                        "--user",
                        "bob",
                        "--user-password-file",
                        bobPassword))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(cli.err()).contains("Admin role").contains("bob is a Supervisor");
        assertThat(Path.of(backup)).doesNotExist();

        assertThat(asAda("backup", "--to", backup, "--data-dir", dir)).isZero();
        assertThat(Path.of(backup)).exists();
    }
}
