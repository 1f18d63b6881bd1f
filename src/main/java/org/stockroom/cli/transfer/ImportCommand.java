package org.stockroom.cli.transfer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.ValidationException;
import org.stockroom.service.transfer.ImportOptions;
import org.stockroom.service.transfer.ImportProgress;
import org.stockroom.service.transfer.ImportReport;
import org.stockroom.service.transfer.MappingFile;
import org.stockroom.service.transfer.ReadOptions;
import org.stockroom.service.transfer.StockMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockroom import products|locations|stock FILE}: a dry run first, always; then, if every row passed,
 * one all-or-nothing commit. Exit 2 with the rejects listed when any row is rejected (nothing written).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import products, locations or stock from a CSV or XLSX file: every row or none.")
public final class ImportCommand extends SignedInCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "products, locations or stock")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV or XLSX file.")
    Path file;

    @Option(names = "--dry-run", description = "Only report what importing would do; write nothing.")
    boolean dryRun;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping to use (lines FIELD=Header).")
    Path mapping;

    @Option(names = "--save-mapping", paramLabel = "FILE", description = "Write the mapping used to FILE.")
    Path saveMapping;

    @Option(names = "--encoding", paramLabel = "E", description = "The file's encoding (default: found out).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "C", description = "The separator: , ; tab or | (default: found).")
    String delimiter;

    @Option(names = "--decimal-comma", description = "Numbers are written 1.234,5.")
    boolean decimalComma;

    @Option(names = "--decimal-point", description = "Numbers are written 1,234.5.")
    boolean decimalPoint;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The XLSX sheet (default: the first).")
    String sheet;

    @Option(names = "--create-products", description = "A stock file may create and update the products it names.")
    boolean createProducts;

    @Option(names = "--create-locations", description = "A stock file may create the locations it names.")
    boolean createLocations;

    @Option(names = "--location", paramLabel = "CODE", description = "Stock rows with no location go here.")
    String defaultLocation;

    @Option(
            names = "--as",
            paramLabel = "opening|count",
            description =
                    "Stock as opening stock (RECEIVE, default)" + " or as counted quantities (COUNT, Supervisor).")
    String as = "opening";

    @Option(names = "--good-rows-only", description = "Import the rows that pass; write the others to --rejects.")
    boolean goodRowsOnly;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected rows, with why, to this CSV.")
    Path rejects;

    public ImportCommand(BackendOpener opener) {
        super(opener);
    }

    @Override
    protected void run(Backend backend, Actor by, PrintWriter out) {
        ImportOptions options = options();
        Path absolute = file.toAbsolutePath();
        ImportReport preview = backend.imports().preview(by, absolute, options, ImportProgress.NONE, () -> false);
        ImportReportText.print(preview, out);
        saveMappingIfAsked(preview);
        if (preview.alreadyImported() != null) {
            return;
        }
        if (!preview.clean() && !(goodRowsOnly && preview.mapping() != null)) {
            out.flush();
            throw new ValidationException(new FieldError(
                    "file",
                    String.format(
                            "%,d rows rejected; nothing was imported%s",
                            Math.max(1, preview.rowsRejected()),
                            rejects == null
                                    ? " (--rejects FILE writes them with the reasons)"
                                    : " (rejects in " + rejects + ")")));
        }
        if (dryRun) {
            out.println("Dry run: nothing was written");
            return;
        }
        ImportReport done = backend.imports().commit(by, absolute, options, ImportProgress.NONE, () -> false);
        out.printf(
                "Imported %,d rows in %.1f s%s%n",
                done.rowsRead() - done.rowsRejected(),
                done.seconds(),
                done.commandKey() == null ? "" : "; key " + done.commandKey() + " (stockroom reverse takes it back)");
    }

    private ImportOptions options() {
        ImportKind k;
        try {
            k = ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("kind", "Import products, locations or stock, not '" + kind + "'");
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw bad("encoding", "Unknown encoding '" + encoding + "' (try UTF-8, UTF-16, windows-1252)");
            }
        }
        Character sep = null;
        if (delimiter != null) {
            String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw bad("delimiter", "The delimiter is one character: , ; tab or |");
            }
            sep = d.charAt(0);
        }
        if (decimalComma && decimalPoint) {
            throw bad("decimal", "Choose --decimal-comma or --decimal-point, not both");
        }
        StockMode mode = switch (as.strip().toLowerCase(Locale.ROOT)) {
            case "opening", "receive" -> StockMode.OPENING;
            case "count", "counted" -> StockMode.COUNT;
            default -> throw bad("as", "--as is opening or count, not '" + as + "'");
        };
        if (goodRowsOnly && rejects == null) {
            throw bad("rejects", "--good-rows-only needs --rejects FILE: the rejected rows are written there first");
        }
        return ImportOptions.of(k)
                .withRead(new ReadOptions(charset, sep, sheet))
                .withNumberStyle(
                        decimalComma ? NumberStyle.DECIMAL_COMMA : decimalPoint ? NumberStyle.DECIMAL_POINT : null)
                .withSavedMapping(mapping == null ? null : loadMapping(mapping))
                .withCreate(createProducts, createLocations)
                .withDefaultLocation(
                        defaultLocation == null ? null : defaultLocation.strip().toUpperCase(Locale.ROOT))
                .withStockMode(mode)
                .withGoodRowsOnly(goodRowsOnly, rejects == null ? null : rejects.toAbsolutePath());
    }

    private static Properties loadMapping(Path path) {
        try {
            return MappingFile.load(path);
        } catch (IOException e) {
            throw bad("mapping", "Cannot read the mapping " + path + ": " + e.getMessage());
        }
    }

    private void saveMappingIfAsked(ImportReport report) {
        if (saveMapping == null || report.mapping() == null) {
            return;
        }
        try {
            MappingFile.save(report.mapping(), saveMapping);
        } catch (IOException e) {
            throw bad("save-mapping", "Cannot write " + saveMapping + ": " + e.getMessage());
        }
    }

    private static ValidationException bad(String field, String message) {
        return new ValidationException(new FieldError(field, message));
    }
}
