package org.stockroom.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockroom.bench.ImportBench;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.backup.BackupFiles;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom bench import}: N generated product rows imported against H2's CSVREAD floor in the same process,
 * the dry run, the exports, and the peak heap (run it with {@code -Xmx512m} to hold the import to the target).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Time importing N generated product rows against H2's CSVREAD of the same file, the dry run and"
                + " the CSV and XLSX exports, on a temporary folder; print figures, ratios and the peak heap.")
final class ImportBenchCommand implements Callable<Integer> {

    private final BackendOpener opener;

    ImportBenchCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Option(names = "--rows", defaultValue = "1000000", description = "Product rows (default: ${DEFAULT-VALUE}).")
    long rows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || rows > 1_048_575) {
            throw new IllegalArgumentException("--rows is 1 to 1,048,575 (an Excel sheet's rows below its header)");
        }
        Path folder = Files.createTempDirectory("stockroom-import-bench");
        PrintWriter out = spec.commandLine().getOut();
        try {
            new ImportBench(opener::open, folder).run(rows, out).print(out);
        } finally {
            BackupFiles.deleteFolder(folder);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
