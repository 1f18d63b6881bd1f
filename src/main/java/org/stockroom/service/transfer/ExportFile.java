package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.ReplacedFile;

/** Writes one export whole or not at all ({@link ReplacedFile}: private, beside the target, moved over it at the end). */
final class ExportFile {

    /** Writes the rows; returns how many. */
    @FunctionalInterface
    interface Rows {
        long write(ExportSheet sheet) throws IOException;
    }

    private ExportFile() {}

    static long write(Path target, List<String> header, ExportFormat format, NumberStyle style, Rows rows) {
        long[] written = {0};
        try {
            ReplacedFile.write(target.toAbsolutePath(), out -> {
                try (ExportSheet sheet = ExportSheet.open(out, header, format, style)) {
                    written[0] = rows.write(sheet);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw FileProblem.of("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return written[0];
    }

    /** For the lambdas that a reader calls per row: an I/O failure leaves them unchecked and is caught above. */
    static void row(ExportSheet sheet, List<?> cells) {
        try {
            sheet.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
