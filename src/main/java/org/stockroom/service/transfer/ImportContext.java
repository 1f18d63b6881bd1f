package org.stockroom.service.transfer;

import org.stockroom.persistence.transfer.ImportLookups;
import org.stockroom.persistence.transfer.ImportWriter;

/** What the steps of one run share: the options, the cells, the report, the lookups and (in a commit) the writer. */
record ImportContext(
        ImportOptions options,
        ImportReport report,
        ColumnMapping mapping,
        Cells cells,
        Verdicts verdicts,
        ImportLookups lookups,
        ImportWriter writer,
        String fileName,
        String key) {

    boolean writing() {
        return writer != null;
    }
}
