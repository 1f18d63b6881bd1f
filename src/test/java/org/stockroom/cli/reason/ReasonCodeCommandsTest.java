package org.stockroom.cli.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

class ReasonCodeCommandsTest {

    @TempDir
    Path folder;

    final CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aSiteAddsItsOwnCodeUsesItAndDisablesOne() {
        String dir = folder.resolve("data").toString();
        assertThat(run("reason-code", "list", "--data-dir", dir)).isZero();
        assertThat(cli.out()).contains("DAMAGED").contains("Data-entry error");

        assertThat(run("reason-code", "add", "water_damage", "--label", "Water damage", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("Added WATER_DAMAGE (Water damage) for adjust");
        run("product", "add", "RC-1", "--name", "Box", "--data-dir", dir);
        run("receive", "RC-1", "5", "--data-dir", dir);
        assertThat(run("adjust", "RC-1", "-1", "--reason", "Water damage", "--data-dir", dir))
                .isZero();

        assertThat(run("reason-code", "disable", "STOLEN", "--data-dir", dir)).isZero();
        assertThat(run("adjust", "RC-1", "-1", "--reason", "stolen", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("'stolen' is not a reason code for adjust")
                .contains("WATER_DAMAGE");
        assertThat(run("reason-code", "add", "x", "--label", "", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("2 to 40 letters").contains("A label is 1 to 100 characters");
        assertThat(run("reason-code", "list", "--use", "REVERSE", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("DUPLICATE").doesNotContain("WATER_DAMAGE");
    }
}
