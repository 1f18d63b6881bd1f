package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stockroom.service.SpreadsheetCsv;

/**
 * The rejected rows as they were in the file, with one more column saying what is wrong: a CSV (UTF-8 with BOM)
 * that can be fixed and imported as it is (the importer does not map the "Import error" column).
 */
final class RejectsFile {

    static final String ERROR_COLUMN = "Import error";

    private RejectsFile() {}

    static void write(TableSource table, ImportReport report, Map<Long, String> byRow, Path target) {
        List<String> header = new ArrayList<>(
                report.mapping() == null ? List.of() : report.mapping().headers());
        int width = header.size();
        header.add(ERROR_COLUMN);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                SpreadsheetCsv csv = SpreadsheetCsv.withBom(out, header);
                table.read(row -> {
                    String message = byRow.get(row.number());
                    if (message == null || row.number() <= report.headerRow()) {
                        return;
                    }
                    List<Object> cells = new ArrayList<>(row.cells());
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    cells.add(message);
                    try {
                        csv.row(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.flush();
            }
        } catch (IOException | UncheckedIOException e) {
            throw FileProblem.of("Cannot write the rejects file " + target + ": " + e.getMessage(), e);
        }
    }
}
