package org.stockroom.ui.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.service.ReplacedFile;
import org.stockroom.service.SpreadsheetCsv;
import org.stockroom.service.audit.FieldChange;

/**
 * The Audit page's rows as CSV ({@link SpreadsheetCsv}: quoted, formulas made text), written to a
 * file beside the target and moved over it at the end, so a failed export never leaves half a file.
 */
public final class AuditCsv {

    static final String[] HEADER = {
        "When (UTC)", "User", "Workstation", "Entity", "Id", "Label", "Field", "Old value", "New value"
    };

    private AuditCsv() {}

    public static void write(List<FieldChange> changes, Path target) throws IOException {
        ReplacedFile.write(target, file -> {
            SpreadsheetCsv csv = SpreadsheetCsv.on(file, List.of(HEADER));
            for (FieldChange c : changes) {
                csv.row(
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
            csv.flush();
        });
    }
}
