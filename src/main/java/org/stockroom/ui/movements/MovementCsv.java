package org.stockroom.ui.movements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.ledger.MovementJournal;

/**
 * Every movement the filter matches (not only the pages loaded) as CSV, streamed page by page from the database,
 * written beside the target and moved over it at the end: a failed export leaves no half file.
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
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long written;
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter csv =
                        CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            written = journal.forEach(filter, m -> {
                try {
                    csv.printRecord(
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
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }
}
