package org.stockroom.cli.transfer;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.service.transfer.ColumnMapping;
import org.stockroom.service.transfer.FieldChange;
import org.stockroom.service.transfer.ImportReport;
import org.stockroom.service.transfer.Reject;

/** An import's report as the command line prints it: what the file is, how it maps, what it does, what is wrong. */
final class ImportReportText {

    static final int SHOWN = 50;

    private ImportReportText() {}

    static void print(ImportReport r, PrintWriter out) {
        if (r.headerRow() > 0) {
            out.printf(
                    "File: %s (%s, %s), header at row %d%n", r.fileName(), r.format(), r.numberStyle(), r.headerRow());
        }
        ColumnMapping m = r.mapping();
        if (m != null) {
            StringBuilder cols = new StringBuilder();
            for (Map.Entry<ImportField, Integer> e : m.columns().entrySet()) {
                cols.append(cols.length() == 0 ? "" : ", ")
                        .append(e.getKey().header())
                        .append(" <- \"")
                        .append(m.headerOf(e.getValue()))
                        .append('"');
            }
            out.println("Columns: " + cols);
            List<String> unused = m.unused();
            if (!unused.isEmpty()) {
                out.println("Not used: " + String.join(", ", unused.subList(0, Math.min(unused.size(), SHOWN)))
                        + (unused.size() > SHOWN ? " and " + (unused.size() - SHOWN) + " more" : ""));
            }
        }
        if (r.alreadyImported() != null) {
            out.println("This file was " + r.alreadyImported());
            return;
        }
        out.printf("Rows: %,d read, %,d rejected%n", r.rowsRead(), r.rowsRejected());
        r.tallies()
                .forEach((what, t) -> out.printf(
                        "%s: %,d new, %,d changed, %,d unchanged%n",
                        capitalised(what), t.created(), t.changed(), t.unchanged()));
        r.notes().forEach((note, n) -> out.printf("Note: %,d %s%n", n, note));
        if (!r.locationsCreated().isEmpty()) {
            out.println("Locations to create: " + String.join(", ", r.locationsCreated()));
        }
        List<FieldChange> changes = r.changes();
        for (FieldChange c : changes.subList(0, Math.min(SHOWN, changes.size()))) {
            out.println("  change " + c.describe());
        }
        if (changes.size() > SHOWN) {
            out.println("  ... and more changes");
        }
        List<Reject> rejects = r.rejects();
        for (Reject x : rejects.subList(0, Math.min(SHOWN, rejects.size()))) {
            out.println("  rejected " + x.describe());
        }
        if (r.rejectCount() > SHOWN) {
            out.printf("  ... %,d rejects in all (--rejects FILE writes every rejected row)%n", r.rejectCount());
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
