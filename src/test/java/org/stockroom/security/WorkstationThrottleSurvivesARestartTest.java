package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;

/**
 * Issue 24, finding 6: the per-workstation throttle lived in memory, so every new command-line process (or a
 * restarted window) started it afresh and a script could guess without slowing down. It is kept in the database.
 */
class WorkstationThrottleSurvivesARestartTest {

    @TempDir
    Path folder;

    @Test
    void aNewProcessAtTheSameWorkstationFindsItThrottled() {
        Path data = folder.resolve("data");
        try (Backend first = Backend.open(data)) {
            first.users().createFirstAdministrator("ada", "ada-password-1", "setup");
            for (int i = 0; i < 11; i++) { // 10 free, the 11th starts the wait; other names: no user's own lock
                String name = "guess-" + i;
                assertThatThrownBy(() -> first.users().signIn(name, "wrong", false, "till-9"))
                        .isInstanceOf(NotAllowedException.class);
            }
        }

        try (Backend second = Backend.open(data)) {
            assertThatThrownBy(() -> second.users().signIn("ada", "ada-password-1", false, "till-9"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("Too many wrong sign-ins at this workstation");
            assertThat(second.users()
                            .signIn("ada", "ada-password-1", false, "till-2")
                            .name())
                    .as("another workstation is not held up")
                    .isEqualTo("ada");
        }
    }
}
