package org.stockroom.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

/** {@code stockroom export products|stock|movements}: formats, filters, refusals, and a stock file that imports back. */
class ExportCommandsTest {

    @TempDir
    Path folder;

    String dir;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void stock() {
        dir = folder.resolve("data").toString();
        run("product", "add", "BOLT", "--name", "Hex bolt", "--data-dir", dir);
        run("product", "add", "NUT", "--name", "=Hex nut", "--data-dir", dir);
        run("receive", "BOLT", "1234", "--data-dir", dir);
        run("receive", "NUT", "567", "--data-dir", dir);
        run("issue", "NUT", "7", "--data-dir", dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void stockAsExcelImportsIntoAnEmptyFolderWithTheSameBalances() throws Exception {
        Path xlsx = folder.resolve("stock.xlsx");
        assertThat(run("export", "stock", "--to", xlsx.toString(), "--data-dir", dir))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("2 stock lines written");
        assertThat(Files.readAllBytes(xlsx)).startsWith(new byte[] {'P', 'K'}); // a ZIP: an Excel workbook

        String empty = folder.resolve("empty").toString();
        assertThat(run("import", "stock", xlsx.toString(), "--create-products", "--data-dir", empty))
                .as(cli.out() + cli.err())
                .isZero();
        run("stock", "NUT", "--data-dir", empty);
        assertThat(cli.out()).contains("560");
        Path again = folder.resolve("again.csv");
        run("export", "products", "--to", again.toString(), "--data-dir", empty);
        assertThat(Files.readString(again)).contains("'=Hex nut");
    }

    @Test
    void movementsFilteredByTypeAndProductAsCsv() throws Exception {
        Path csv = folder.resolve("issues.csv");
        assertThat(run(
                        "export",
                        "movements",
                        "--to",
                        csv.toString(),
                        "--type",
                        "issue",
                        "--sku",
                        "NUT",
                        "--data-dir",
                        dir))
                .as(cli.err())
                .isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("NUT", "'=Hex nut", "ISSUE", "-7");
    }

    @Test
    void productsWithAFilterAreTheListAsTheWindowShowsItWithItsFigures() throws Exception {
        Path csv = folder.resolve("bolts.csv");
        assertThat(run("export", "products", "--to", csv.toString(), "--search", "bolt", "--data-dir", dir))
                .as(cli.err())
                .isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("On hand", "Available");
        assertThat(lines.get(1)).startsWith("BOLT,Hex bolt,").contains(",1234,0,1234,");
        assertThat(run(
                        "export",
                        "products",
                        "--to",
                        folder.resolve("x.csv").toString(),
                        "--show",
                        "gone",
                        "--data-dir",
                        dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--show is active, archived or all");
    }

    @Test
    void badOptionsAreNamedAndNoFileIsWritten() {
        Path target = folder.resolve("x.csv");
        assertThat(run("export", "stok", "--to", target.toString(), "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("products, stock or movements", "stok");
        assertThat(run("export", "movements", "--to", target.toString(), "--from", "07.12.2026", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--from", "YYYY-MM-DD");
        assertThat(run("export", "stock", "--to", target.toString(), "--type", "ISSUE", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("export", "products", "--to", target.toString(), "--format", "ods", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("csv or xlsx");
        assertThat(target).doesNotExist();
    }
}
