package org.stockroom.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.stockroom.cli.OutputFile;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockroom export products --to FILE}: the catalogue as a CSV that imports back unchanged. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the catalogue as CSV (UTF-8 with BOM; its headers import back as they are).")
public final class ExportCommand extends SignedInCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "products (stock and movements: not yet)")
    String kind;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The CSV to write (a new file).")
    Path file;

    @Option(names = "--decimal-comma", description = "Write 1234,5 and separate cells with ';'.")
    boolean decimalComma;

    public ExportCommand(BackendOpener opener) {
        super(opener);
    }

    @Override
    protected void run(Backend backend, Actor by, PrintWriter out) {
        if (!kind.strip().toLowerCase(Locale.ROOT).equals("products")) {
            throw new ValidationException(new FieldError(
                    "kind",
                    "Only products can be exported so far, not '" + kind
                            + "' (stock and movements: the Movements page's CSV for now)"));
        }
        Path target = OutputFile.checked(file);
        if (Files.exists(target)) {
            throw new ValidationException(new FieldError("to", target + " exists; choose a new file name"));
        }
        long n = backend.productExport()
                .write(target, decimalComma ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT);
        out.printf("%,d products written to %s%n", n, target);
    }
}
