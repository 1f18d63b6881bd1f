package org.stockroom.service.transfer;

/** The user cancelled an import: thrown between batches, never by interrupting a thread that runs SQL. */
public final class ImportCancelled extends RuntimeException {

    public ImportCancelled() {
        super("Import cancelled; nothing was written");
    }
}
