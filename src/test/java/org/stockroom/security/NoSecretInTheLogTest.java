package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.stockroom.domain.access.Role;
import org.stockroom.persistence.LogFile;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * The log file holds no password, PIN, badge code or token, even with Stockroom's own logging at DEBUG and
 * everything a person does with secrets done once (first administrator, users, PINs, badges, sign-ins right and
 * wrong, tokens, resets). The log file itself lives in a folder only its owner can open; an unexpected failure
 * is there with its stack trace. The negative control: a leaky log line is caught by the same check.
 */
class NoSecretInTheLogTest {

    @TempDir
    Path folder;

    private final Logger stockroom = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.stockroom");
    private final Level before = stockroom.getLevel();

    @AfterEach
    void putTheLevelBack() {
        stockroom.setLevel(before);
    }

    @Test
    void secretsNeverReachTheLogFileAndAFailureReachesItWithItsTrace() throws Exception {
        Path data = folder.resolve("data");
        Path log = LogFile.into(data);
        stockroom.setLevel(Level.DEBUG);
        List<String> secrets = List.of(
                "administrator-password-1", "clerk-password-22", "4711", "BADGE-0000-SECRET", "new-password-333");
        String token;
        try (Backend backend = Backend.open(data)) {
            backend.users().createFirstAdministrator("Ada", secrets.get(0), "office");
            Actor ada = Actor.named("Ada");
            backend.users().add(ada, "Bob", Role.CLERK, secrets.get(1));
            backend.users().setPin(ada, "Bob", secrets.get(2));
            backend.users().setBadge(ada, "Bob", secrets.get(3));
            backend.users().signIn("Bob", secrets.get(2), true, "till-1");
            backend.users().signInWithBadge(secrets.get(3), "till-1");
            assertThatThrownBy(() -> backend.users().signIn("Bob", "wrong-" + secrets.get(1), false, "till-1"))
                    .isNotNull();
            backend.users().resetPassword(ada, "Bob", secrets.get(4));
            token = backend.tokens().create(ada, "Bob", "scanner gun").token();
            backend.tokens().signIn(token);
        }
        LoggerFactory.getLogger("org.stockroom.test").error("An unexpected failure", new IllegalStateException("boom"));

        String written = Files.readString(log);
        assertThat(written)
                .as("the file is written")
                .contains("An unexpected failure")
                .contains("at org.stockroom");
        assertThat(leaks(written, secrets, token)).as("secrets in the log").isEmpty();
        assertThat(Files.getPosixFilePermissions(log.getParent()))
                .as("only the owner may open the log folder")
                .isEqualTo(Set.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));

        // Negative control: a line that does leak is found by the same check.
        LoggerFactory.getLogger("org.stockroom.test").info("signing in with {}", secrets.get(1));
        assertThat(leaks(Files.readString(log), secrets, token)).containsExactly(secrets.get(1));
    }

    private static List<String> leaks(String log, List<String> secrets, String token) {
        return java.util.stream.Stream.concat(secrets.stream(), java.util.stream.Stream.of(token))
                .filter(log::contains)
                .toList();
    }
}
