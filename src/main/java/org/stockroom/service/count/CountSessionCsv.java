package org.stockroom.service.count;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.transfer.ExportFormat;
import org.stockroom.service.transfer.ExportSheet;

/**
 * A session's lines as CSV or XLSX (by the file's name, {@link ExportSheet}), for a spreadsheet or another system. Like the sheet, it is made from what
 * the service returns: while a blind session hides the expected quantity, the columns that would give it away
 * (expected, moved since count, variance) are not written at all, not even empty.
 */
public final class CountSessionCsv {

    private static final List<String> ALWAYS = List.of(
            "Session",
            "Location",
            "SKU",
            "Product",
            "Found in count",
            "State",
            "Counted",
            "Counted by",
            "Counted at (UTC)");
    private static final List<String> ONCE_SHOWN =
            List.of("Expected", "Moved since count", "Variance", "Variance value", "Posted adjustment");

    private CountSessionCsv() {}

    /** Writes the lines to {@code target} whole or not at all ({@link ReplacedFile}). */
    public static void write(CountSessionView session, Path target) throws IOException {
        ReplacedFile.write(target, out -> write(session, out, ExportFormat.of(target)));
    }

    static void write(CountSessionView session, OutputStream file, ExportFormat format) throws IOException {
        boolean expected = session.showsExpected();
        List<String> header = new ArrayList<>(ALWAYS);
        if (expected) {
            header.addAll(ONCE_SHOWN);
        }
        try (ExportSheet sheet = ExportSheet.open(file, header, format, NumberStyle.DECIMAL_POINT)) {
            for (CountLineView line : session.lines()) {
                sheet.row(row(session, line, expected));
            }
        }
    }

    private static List<Object> row(CountSessionView session, CountLineView line, boolean expected) {
        List<Object> row = new ArrayList<>(Arrays.asList(
                session.id(),
                line.locationCode(),
                line.sku(),
                line.productName(),
                line.foundInCount() ? "yes" : "no",
                line.state(),
                line.counted(),
                line.countedBy(),
                line.countedAt()));
        if (expected) {
            row.addAll(Arrays.asList(
                    line.expected(),
                    line.movedSinceCount(),
                    line.variance(),
                    line.varianceValue(),
                    line.postedAdjustment()));
        }
        return row;
    }
}
