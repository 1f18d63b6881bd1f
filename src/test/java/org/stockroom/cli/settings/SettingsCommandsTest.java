package org.stockroom.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

class SettingsCommandsTest {

    @TempDir
    Path folder;

    final CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void thresholdsAndWindowsAreSetShownAndSwitchedOffAndABadValueIsNamed() {
        String dir = folder.resolve("data").toString();
        assertThat(run("settings", "show", "--data-dir", dir)).isZero();
        assertThat(cli.out()).contains("units off, percent off, value off").contains("15 minutes");

        assertThat(run(
                        "settings",
                        "set",
                        "--count-max-units",
                        "5",
                        "--count-max-value",
                        "20.50",
                        "--count-recount-by-another",
                        "true",
                        "--own-reversal-minutes",
                        "30",
                        "--data-dir",
                        dir))
                .isZero();
        assertThat(cli.out())
                .contains("own reversal window: 30 minutes")
                .contains("units 5, percent off, value 20.50; recount by another person: yes");

        assertThat(run("settings", "set", "--count-max-units", "off", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("units off, percent off, value 20.50");

        assertThat(run("settings", "set", "--count-max-percent", "lots", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--count-max-percent: 'lots' is not a number or 'off'");
        assertThat(run("settings", "set", "--own-reversal-minutes", "9999", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        run("settings", "show", "--data-dir", dir);
        assertThat(cli.out()).contains("30 minutes").contains("value 20.50");
    }
}
