package org.stockroom.cli.count;

import static java.nio.file.Files.readString;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

/** {@code stockroom count-session ...}: the issue's commands, their output and exit codes, and a blind count. */
class CountSessionCommandsTest {

    @TempDir
    Path folder;

    String dir;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void stock() {
        dir = folder.resolve("data").toString();
        run("product", "add", "BOLT", "--name", "Hex bolt", "--data-dir", dir);
        run("product", "add", "NUT", "--name", "Hex nut", "--data-dir", dir);
        run("receive", "BOLT", "1234", "--data-dir", dir);
        run("receive", "NUT", "567", "--data-dir", dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String create(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "count-session";
        args[1] = "create";
        args[2] = "--data-dir";
        args[3] = dir;
        System.arraycopy(more, 0, args, 4, more.length);
        assertThat(run(args)).as(cli.err()).isZero();
        return cli.out().strip();
    }

    @Test
    void countWhileStockMovesThenPostPrintsTheAdjustmentAndKeepsTheLaterIssue() {
        String id = create("--location", "MAIN", "--name", "Weekly A");
        assertThat(id).matches("\\d+");
        assertThat(cli.err()).contains("'Weekly A': Location MAIN, 2 lines");

        assertThat(run("count-session", "count", id, "BOLT", "1230", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("Counted BOLT at MAIN: 1230 (expected 1234, variance -4)");
        run("issue", "BOLT", "10", "--data-dir", dir);
        assertThat(run("count-session", "show", id, "--data-dir", dir)).isZero();
        assertThat(cli.out())
                .containsPattern("BOLT\\s+MAIN\\s+Counted\\s+1230\\s+1234\\s+-10\\s+-4")
                .containsPattern("NUT\\s+MAIN\\s+Not counted\\s+-\\s+567");

        assertThat(run("count-session", "post", id, "--reason", "missing", "--data-dir", dir))
                .as("posting is the end of a review")
                .isEqualTo(ExitCodes.CONFLICT);
        assertThat(cli.err()).contains("finish counting and review the variances before posting");
        assertThat(run("count-session", "review", id, "--data-dir", dir)).isZero();
        assertThat(run("count-session", "post", id, "--gains", "found", "--data-dir", dir))
                .as("a loss with no reason for losses")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("BOLT at MAIN lost 4: choose a reason for losses");
        assertThat(run("count-session", "post", id, "--losses", "found", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("BOLT at MAIN lost 4, but FOUND explains a gain");
        assertThat(run("count-session", "post", id, "--reason", "missing", "--data-dir", dir))
                .isZero();
        assertThat(cli.out().lines())
                .containsExactly(
                        "COUNT BOLT -4 at MAIN",
                        "Posted session " + id + ": 1 adjustment(s); 1 of 2 lines counted, 0 exact");
        run("stock", "BOLT", "--data-dir", dir);
        assertThat(cli.out()).as("counted 1230, then 10 issued").containsPattern("MAIN\\s+1220");

        assertThat(run("count-session", "post", id, "--reason", "missing", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("(already posted; nothing changed)");
        assertThat(run("count-session", "count", id, "BOLT", "1", "--data-dir", dir))
                .isEqualTo(ExitCodes.CONFLICT);
        assertThat(run("verify", "--data-dir", dir)).isZero();
    }

    @Test
    void aBlindCountPrintsNoExpectedQuantityOrVarianceAnywhereUntilReview() throws Exception {
        String id = create("--location", "MAIN", "--blind");
        String created = cli.out() + cli.err();

        run("count-session", "count", id, "BOLT", "1200", "--data-dir", dir);
        String counted = cli.out() + cli.err();
        run("count-session", "show", id, "--data-dir", dir);
        String shown = cli.out() + cli.err();
        run("count-session", "list", "--data-dir", dir);
        String listed = cli.out() + cli.err();

        for (String before : new String[] {created, counted, shown, listed}) {
            assertThat(before)
                    .as("nothing before review shows the expected quantities (1234, 567) or the variance (-34)")
                    .doesNotContain("1234")
                    .doesNotContain("567")
                    .doesNotContain("-34");
        }
        assertThat(shown).contains("Blind count: expected quantities and variances are shown from review on.");

        assertThat(run(
                        "count-session",
                        "sheet",
                        id,
                        "--to",
                        folder.resolve("sheet.pdf").toString(),
                        "--data-dir",
                        dir))
                .isZero();
        assertThat(folder.resolve("sheet.pdf")).exists(); // its text without expected quantities: CountSheetTest
        assertThat(run(
                        "count-session",
                        "export",
                        id,
                        "--to",
                        folder.resolve("lines.csv").toString(),
                        "--data-dir",
                        dir))
                .isZero();
        assertThat(cli.out()).contains("Lines of session " + id + " written to");
        assertThat(readString(folder.resolve("lines.csv")))
                .contains("BOLT")
                .contains("1200")
                .doesNotContain("1234")
                .doesNotContain("567")
                .doesNotContain("-34");
        assertThat(run(
                        "count-session",
                        "sheet",
                        id,
                        "--to",
                        folder.resolve("no/such/sheet.pdf").toString(),
                        "--data-dir",
                        dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("No folder").doesNotContain("Exception");

        assertThat(run("count-session", "review", id, "--data-dir", dir)).isZero();
        assertThat(cli.out()).containsPattern("BOLT\\s+MAIN\\s+Counted\\s+1200\\s+1234\\s+0\\s+-34");
        assertThat(run(
                        "count-session",
                        "export",
                        id,
                        "--to",
                        folder.resolve("lines.csv").toString(),
                        "--data-dir",
                        dir))
                .isZero();
        assertThat(readString(folder.resolve("lines.csv"))).contains("1234").contains("-34");
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        assertThat(run("count-session", "create", "--data-dir", dir)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("Choose what to count");
        String id = create("--location", "MAIN");
        assertThat(run("count-session", "count", id, "NOPE", "1", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("No product with SKU 'NOPE'");
        assertThat(run("count-session", "count", id, "BOLT", "-1", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("0 or more");
        run("count-session", "count", id, "BOLT", "1", "--data-dir", dir);
        run("count-session", "review", id, "--data-dir", dir);
        assertThat(run("count-session", "post", id, "--reason", "because", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("'because' is not a reason code").contains("MISSING");
        run("stock", "BOLT", "--data-dir", dir);
        assertThat(cli.out()).containsPattern("MAIN\\s+1234");
    }
}
