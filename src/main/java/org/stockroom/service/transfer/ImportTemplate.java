package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.SpreadsheetCsv;

/**
 * An empty file to fill in for one kind of import: the headers Stockroom's exports write (so the import maps it by
 * itself) and one example row, as UTF-8 CSV with a BOM so that Excel opens it with the right letters.
 */
public final class ImportTemplate {

    private ImportTemplate() {}

    public static void write(ImportKind kind, Path target) {
        List<String> headers = kind.fields().stream().map(f -> f.header()).toList();
        try {
            ReplacedFile.write(target.toAbsolutePath(), out -> {
                SpreadsheetCsv csv = SpreadsheetCsv.withBom(out, headers);
                csv.row(kind.fields().stream().map(f -> example(kind, f.name())).toList());
                csv.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** An example value that passes the import's rules, so the template imports as it is. */
    private static String example(ImportKind kind, String field) {
        return switch (field) {
            case "SKU" -> "EXAMPLE-1";
            case "NAME" -> "Example product (replace or delete this row)";
            case "CATEGORY" -> "Uncategorised";
            case "UNIT" -> "each";
            case "REORDER_POINT" -> "5";
            case "UNIT_COST" -> "1.25";
            case "LOCATION" -> kind == ImportKind.LOCATIONS ? "A-01" : "MAIN";
            case "LOCATION_NAME" -> "Aisle A, shelf 1";
            case "QUANTITY" -> "10";
            case "ARCHIVED" -> "no";
            case "ACTIVE", "IN_STOCK" -> "yes";
            default -> "";
        };
    }
}
