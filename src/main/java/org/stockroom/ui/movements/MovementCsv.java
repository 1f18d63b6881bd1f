package org.stockroom.ui.movements;

import java.nio.file.Path;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.service.transfer.ExportFormat;
import org.stockroom.service.transfer.MovementExport;

/** The Movements page's export: every movement the filter matches, as CSV or XLSX by the file's name. */
public final class MovementCsv {

    private MovementCsv() {}

    public static long write(MovementJournal journal, MovementFilter filter, Path target) {
        return new MovementExport(journal).write(filter, target, ExportFormat.of(target), NumberStyle.DECIMAL_POINT);
    }
}
