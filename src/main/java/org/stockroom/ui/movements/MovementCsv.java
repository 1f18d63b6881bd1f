package org.stockroom.ui.movements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.SpreadsheetCsv;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;

/**
 * Every movement the filter matches (not only the pages loaded) as CSV, streamed page by page from the database,
 * to the target whole or not at all ({@link ReplacedFile}).
 */
public final class MovementCsv {

    static final String[] HEADER = {
        "Id",
        "When (UTC)",
        "SKU",
        "Product",
        "Location",
        "Type",
        "Quantity",
        "On hand after",
        "Reason",
        "User",
        "Workstation",
        "Note",
        "Command key"
    };

    private MovementCsv() {}

    public static long write(MovementJournal journal, MovementFilter filter, Path target) throws IOException {
        long[] written = new long[1];
        ReplacedFile.write(target, file -> {
            SpreadsheetCsv csv = SpreadsheetCsv.on(file, List.of(HEADER));
            written[0] = journal.forEach(filter, m -> {
                try {
                    csv.row(
                            m.id(),
                            m.occurredAt(),
                            m.sku(),
                            m.productName(),
                            m.locationCode(),
                            m.type().name(),
                            m.quantity(),
                            m.onHandAfter(),
                            m.reason(),
                            m.userName(),
                            m.workstation(),
                            m.note(),
                            m.commandKey());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        });
        return written[0];
    }
}
