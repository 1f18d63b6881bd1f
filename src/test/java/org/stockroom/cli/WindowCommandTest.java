package org.stockroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.persistence.ConnectionSettings;

/** The launcher's short way to the window: window options alone, everything else to the full command line. */
class WindowCommandTest {

    @TempDir
    Path folder;

    @Test
    void windowOptionsAloneTakeTheShortWay() {
        assertThat(WindowCommand.parse()).isPresent();
        assertThat(WindowCommand.parse("--data-dir", "x", "--user", "anna", "--startup-report", "--exit-after-start"))
                .isPresent();
        assertThat(WindowCommand.parse("--server", "host:9092", "--password-file", "p"))
                .isPresent();
    }

    @Test
    void subcommandsHelpVersionAndUnknownOptionsGoToTheFullCommandLine() {
        assertThat(WindowCommand.parse("receive", "--sku", "A", "--qty", "1")).isEmpty();
        assertThat(WindowCommand.parse("--data-dir", "x", "verify")).isEmpty();
        assertThat(WindowCommand.parse("--help")).isEmpty();
        assertThat(WindowCommand.parse("-V")).isEmpty();
        assertThat(WindowCommand.parse("--frobnicate")).isEmpty();
        assertThat(WindowCommand.parse("--data-dir")).as("missing value").isEmpty();
    }

    @Test
    void startupFlagsReachTheWindow() {
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("none"));

        WindowOptions plain = WindowCommand.windowOptions(settings, "--data-dir", folder.toString());
        WindowOptions measured = WindowCommand.windowOptions(
                settings, "--data-dir", folder.toString(), "--startup-report", "--exit-after-start");

        assertThat(plain.startupReport()).isFalse();
        assertThat(plain.exitAfterStart()).isFalse();
        assertThat(measured.startupReport()).isTrue();
        assertThat(measured.exitAfterStart()).isTrue();
    }

    @Test
    void bothADataFolderAndAServerAreRefusedBeforeAnyWindowOpens() {
        WindowArguments arguments =
                WindowCommand.parse("--data-dir", "x", "--server", "host:9092").orElseThrow();

        assertThatThrownBy(arguments::check)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Give one of --data-dir, --server and --database");
    }
}
