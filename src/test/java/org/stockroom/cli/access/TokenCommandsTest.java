package org.stockroom.cli.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.app.Launcher;
import org.stockroom.app.StockroomCommand;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;
import org.stockroom.service.WorkstationName;
import picocli.CommandLine;

/**
 * {@code stockroom token}: an admin makes a token, a script acts with it from {@code $STOCKROOM_TOKEN} (a real
 * process, so the variable is really read from the environment) with its user's role, and a revoked token is
 * refused with exit 6.
 */
class TokenCommandsTest {

    @TempDir
    Path folder;

    String dir;
    String adaPassword;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void users() throws Exception {
        dir = folder.resolve("data").toString();
        adaPassword =
                Files.writeString(folder.resolve("ada.txt"), "ada's password\n").toString();
        String bobPassword =
                Files.writeString(folder.resolve("bob.txt"), "bob's password\n").toString();
        run("product", "add", "T-1", "--name", "Bolt", "--data-dir", dir);
        run("user", "add", "ada", "--role", "admin", "--new-password-file", adaPassword, "--data-dir", dir);
        asAda("user", "add", "bob", "--role", "clerk", "--new-password-file", bobPassword, "--data-dir", dir);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = StockroomCommand.commandLine(new StockroomCommand(), Backend::open);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int asAda(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--user", "ada", "--user-password-file", adaPassword}, 0, all, args.length, 4);
        return run(all);
    }

    /** A real {@code stockroom} process with {@code token} in its environment: exit status and stderr. */
    private String[] withToken(String token, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = Launcher.class.getName();
        System.arraycopy(args, 0, all, 1, args.length);
        ProcessBuilder builder = JavaProcesses.java("unused", all).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().remove(ActingUser.PASSWORD_VARIABLE);
        builder.environment().put(ActingUser.TOKEN_VARIABLE, token);
        builder.environment().put(WorkstationName.VARIABLE, "import-script");
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(process.exitValue()), stderr.strip()};
    }

    @Test
    void aScriptActsWithItsTokenWithTheUsersRoleUntilItIsRevoked() throws Exception {
        assertThat(asAda("token", "create", "--for", "bob", "--label", "nightly import", "--data-dir", dir))
                .isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith("srt_").hasSizeGreaterThan(40);
        assertThat(err.toString()).contains("Token 1 for bob: shown only now");

        assertThat(withToken(token, "receive", "T-1", "4", "--data-dir", dir)[0])
                .isEqualTo("0");
        String[] adjust = withToken(token, "adjust", "T-1", "-1", "--reason", "Damaged", "--data-dir", dir);
        assertThat(adjust[0]).isEqualTo(Integer.toString(ExitCodes.NOT_ALLOWED));
        assertThat(adjust[1]).contains("Supervisor role").contains("bob is a Clerk");

        assertThat(asAda("token", "list", "--data-dir", dir)).isZero();
        assertThat(out.toString()).contains("bob", "nightly import").doesNotContain(token);
        assertThat(asAda("token", "revoke", "1", "--data-dir", dir)).isZero();
        assertThat(out.toString()).contains("Revoked token 1 of bob");

        String[] revoked = withToken(token, "receive", "T-1", "4", "--data-dir", dir);
        assertThat(revoked[0]).isEqualTo(Integer.toString(ExitCodes.NOT_ALLOWED));
        assertThat(revoked[1])
                .isEqualTo("stockroom: The token in STOCKROOM_TOKEN is unknown, revoked or its user" + " disabled.");
        assertThat(withToken("srt_made-up", "receive", "T-1", "4", "--data-dir", dir)[0])
                .isEqualTo(Integer.toString(ExitCodes.NOT_ALLOWED));

        try (Backend backend = Backend.open(Path.of(dir))) {
            long id = backend.products().findBySku("T-1").orElseThrow().id();
            assertThat(backend.ledger().history(id, 10))
                    .as("one receipt, by the token's user, from the script's workstation")
                    .extracting(m -> m.userName() + " " + m.workstation() + " " + m.quantity())
                    .containsExactly("bob import-script 4");
        }
    }

    @Test
    void onlyAnAdminMakesTokensAndTheStoredKeyIsNotTheToken() throws Exception {
        String bobPassword = folder.resolve("bob.txt").toString();
        assertThat(run(
                        "token",
                        "create",
                        "--for",
                        "bob",
                        "--data-dir",
                        dir,
                        "--user",
                        "bob",
                        "--user-password-file",
                        bobPassword))
                .isEqualTo(ExitCodes.NOT_ALLOWED);
        assertThat(err.toString()).contains("Admin role");
        assertThat(asAda("token", "create", "--for", "nobody", "--data-dir", dir))
                .isNotZero();
        assertThat(err.toString()).contains("No user named nobody");

        asAda("token", "create", "--for", "bob", "--data-dir", dir);
        String token = out.toString().strip();
        try (Backend backend = Backend.open(Path.of(dir))) {
            String stored = backend.database()
                    .transactions()
                    .read(s -> (String) s.createNativeQuery("SELECT token_key FROM access_token", String.class)
                            .getSingleResult());
            assertThat(stored).hasSize(64).doesNotContain(token.substring(4, 20));
        }
    }
}
