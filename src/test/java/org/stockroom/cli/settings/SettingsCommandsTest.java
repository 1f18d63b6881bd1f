package org.stockroom.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.app.StockroomCommand;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;
import picocli.CommandLine;

class SettingsCommandsTest {

    @TempDir
    Path folder;

    StringWriter out;
    StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = StockroomCommand.commandLine(new StockroomCommand(), Backend::open);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void thresholdsAndWindowsAreSetShownAndSwitchedOffAndABadValueIsNamed() {
        String dir = folder.resolve("data").toString();
        assertThat(run("settings", "show", "--data-dir", dir)).isZero();
        assertThat(out.toString()).contains("units off, percent off, value off").contains("15 minutes");

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
        assertThat(out.toString())
                .contains("own reversal window: 30 minutes")
                .contains("units 5, percent off, value 20.50; recount by another person: yes");

        assertThat(run("settings", "set", "--count-max-units", "off", "--data-dir", dir))
                .isZero();
        assertThat(out.toString()).contains("units off, percent off, value 20.50");

        assertThat(run("settings", "set", "--count-max-percent", "lots", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--count-max-percent: 'lots' is not a number or 'off'");
        assertThat(run("settings", "set", "--own-reversal-minutes", "9999", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        run("settings", "show", "--data-dir", dir);
        assertThat(out.toString()).contains("30 minutes").contains("value 20.50");
    }
}
