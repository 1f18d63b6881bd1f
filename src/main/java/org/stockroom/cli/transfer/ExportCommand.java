package org.stockroom.cli.transfer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.stockroom.cli.OutputFile;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.ValidationException;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.transfer.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockroom export products|stock|movements --to FILE [--format csv|xlsx]}: the catalogue (or, with a filter,
 * the product list as the window shows it, with its stock figures), stock by product and location, or the ledger
 * (filtered as on the Movements page), under headers that import back as they are.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export products, stock or movements as CSV (UTF-8 with BOM) or XLSX.")
public final class ExportCommand extends SignedInCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "products, stock or movements")
    String kind;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write (a new file).")
    Path file;

    @Option(names = "--format", paramLabel = "F", description = "csv or xlsx (default: from the file's name).")
    String format;

    @Option(names = "--decimal-comma", description = "CSV: write 1234,5 and separate cells with ';'.")
    boolean decimalComma;

    @Option(names = "--from", paramLabel = "DATE", description = "Movements on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--until", paramLabel = "DATE", description = "Movements on or before this day (YYYY-MM-DD).")
    String until;

    @Option(names = "--search", paramLabel = "TEXT", description = "Products: those the list's search finds.")
    String search;

    @Option(names = "--category", description = "Products: this category only.")
    String category;

    @Option(names = "--low-stock", description = "Products: only those at or below their reorder point.")
    boolean lowStock;

    @Option(names = "--show", paramLabel = "WHICH", description = "Products: active (default), archived or all.")
    String show;

    @Option(names = "--sku", description = "Movements of this product only.")
    String sku;

    @Option(
            names = "--location",
            paramLabel = "CODE",
            description = "Movements at this location only; products stocked there (with its figures).")
    String location;

    @Option(names = "--type", description = "Movements of this type only (RECEIVE, ISSUE, MOVE_IN, COUNT, ...).")
    String type;

    @Option(names = "--reason", description = "Movements with this reason only.")
    String reason;

    @Option(names = "--by", paramLabel = "USER", description = "Movements by this user only.")
    String user;

    public ExportCommand(BackendOpener opener) {
        super(opener);
    }

    @Override
    protected void run(Backend backend, Actor by, PrintWriter out) {
        String what = kind.strip().toLowerCase(Locale.ROOT);
        if (!what.equals("products") && !what.equals("stock") && !what.equals("movements")) {
            throw bad("kind", "Export products, stock or movements, not '" + kind + "'");
        }
        boolean movementFilter =
                from != null || until != null || sku != null || type != null || reason != null || user != null;
        boolean listFilter = search != null || category != null || lowStock || show != null;
        if (!what.equals("movements") && movementFilter) {
            throw bad("kind", "--from, --until, --sku, --type, --reason and --by filter movements only");
        }
        if (!what.equals("products") && listFilter) {
            throw bad("kind", "--search, --category, --low-stock and --show filter products only");
        }
        if (what.equals("stock") && location != null) {
            throw bad("location", "--location filters products or movements; stock exports every location");
        }
        Path target = OutputFile.checked(file);
        if (Files.exists(target)) {
            throw bad("to", target + " exists; choose a new file name");
        }
        ExportFormat as = format(target);
        NumberStyle style = decimalComma ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
        long started = System.nanoTime();
        long n = switch (what) {
            case "products" ->
                listFilter || location != null
                        ? backend.productListExport().write(listQuery(), target, as, style)
                        : backend.productExport().write(target, as, style);
            case "stock" -> backend.stockExport().write(target, as, style);
            default -> backend.movementExport().write(filter(), target, as, style);
        };
        out.printf(
                "%,d %s written to %s in %.1f s%n",
                n, what.equals("stock") ? "stock lines" : what, target, (System.nanoTime() - started) / 1e9);
    }

    private ExportFormat format(Path target) {
        if (format == null) {
            return ExportFormat.of(target);
        }
        try {
            return ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("format", "--format is csv or xlsx, not '" + format + "'");
        }
    }

    /** The product list's query, as its filter bar would set it: the list with its stock figures. */
    private CatalogueQuery listQuery() {
        CatalogueQuery.ArchiveFilter archive;
        try {
            archive = show == null
                    ? CatalogueQuery.ArchiveFilter.ACTIVE
                    : CatalogueQuery.ArchiveFilter.valueOf(show.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("show", "--show is active, archived or all, not '" + show + "'");
        }
        return CatalogueQuery.everything()
                .withText(search == null ? "" : search)
                .withCategory(category)
                .withLocation(location == null ? null : location.strip().toUpperCase(Locale.ROOT))
                .withLowStockOnly(lowStock)
                .withArchive(archive);
    }

    private MovementFilter filter() {
        MovementType t = null;
        if (type != null) {
            try {
                t = MovementType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(
                        "type",
                        "No movement type '" + type + "'; one of " + java.util.Arrays.toString(MovementType.values()));
            }
        }
        return new MovementFilter(day("from", from, 0), day("until", until, 1), sku, location, t, reason, user);
    }

    /** The start of the day ({@code plusDays} 0) or of the next (1: "until" takes the whole day), this PC's zone. */
    private static Instant day(String option, String text, int plusDays) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZoneId.systemDefault())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw bad(option, "--" + option + " is a day written YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static ValidationException bad(String field, String message) {
        return new ValidationException(new FieldError(field, message));
    }
}
