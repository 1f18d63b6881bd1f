package org.stockroom.ui.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.audit.FieldChange;

/**
 * The Audit page's rows as CSV (Commons CSV: quoting of commas, quotes and line breaks in values), written to a
 * file beside the target and moved over it at the end, so a failed export never leaves half a file.
 */
public final class AuditCsv {

    static final String[] HEADER = {
        "When (UTC)", "User", "Workstation", "Entity", "Id", "Label", "Field", "Old value", "New value"
    };

    private AuditCsv() {}

    public static void write(List<FieldChange> changes, Path target) throws IOException {
        ReplacedFile.write(target, file -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                    CSVPrinter csv =
                            CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
                for (FieldChange c : changes) {
                    csv.printRecord(
                            c.occurredAt(),
                            c.userName(),
                            c.workstation(),
                            c.entity(),
                            c.entityId(),
                            c.entityLabel(),
                            c.field(),
                            c.oldValue(),
                            c.newValue());
                }
            }
        });
    }
}
