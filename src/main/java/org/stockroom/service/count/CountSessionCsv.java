package org.stockroom.service.count;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.SpreadsheetCsv;

/**
 * A session's lines as CSV ({@link SpreadsheetCsv}), for a spreadsheet or another system. Like the sheet, it is made from what
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
        ReplacedFile.write(target, out -> write(session, out));
    }

    static void write(CountSessionView session, OutputStream file) throws IOException {
        boolean expected = session.showsExpected();
        List<String> header = new ArrayList<>(ALWAYS);
        if (expected) {
            header.addAll(ONCE_SHOWN);
        }
        SpreadsheetCsv csv = SpreadsheetCsv.on(file, header);
        for (CountLineView line : session.lines()) {
            List<Object> row = new ArrayList<>(List.of(
                    session.id(),
                    line.locationCode(),
                    line.sku(),
                    line.productName(),
                    line.foundInCount() ? "yes" : "no",
                    line.state(),
                    orEmpty(line.counted()),
                    orEmpty(line.countedBy()),
                    orEmpty(line.countedAt())));
            if (expected) {
                row.addAll(List.of(
                        orEmpty(line.expected()),
                        orEmpty(line.movedSinceCount()),
                        orEmpty(line.variance()),
                        orEmpty(line.varianceValue()),
                        orEmpty(line.postedAdjustment())));
            }
            csv.row(row);
        }
        csv.flush();
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
