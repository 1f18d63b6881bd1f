package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;

/**
 * Every movement a filter matches (not only the pages a window loaded), newest first, streamed page by page from
 * the ledger: the Movements page's Export and {@code stockroom export movements}.
 */
public final class MovementExport {

    static final List<String> HEADER = List.of(
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
            "Command key");

    private final MovementJournal journal;

    public MovementExport(MovementJournal journal) {
        this.journal = journal;
    }

    public long write(MovementFilter filter, Path target, ExportFormat format, NumberStyle style) {
        return ExportFile.write(
                target,
                HEADER,
                format,
                style,
                sheet -> journal.forEach(
                        filter,
                        m -> ExportFile.row(
                                sheet,
                                Arrays.asList(
                                        m.id(),
                                        m.occurredAt().toString(),
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
                                        m.commandKey()))));
    }
}
