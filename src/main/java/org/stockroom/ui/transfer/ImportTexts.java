package org.stockroom.ui.transfer;

import java.util.List;
import java.util.Map;
import org.stockroom.service.transfer.ImportReport;

/** The Import page's sentences about a report: what the file is, what importing does, what is wrong. */
final class ImportTexts {

    static final String START = "Choose a CSV or XLSX file. Stockroom checks it first and writes nothing until you"
            + " press Import; then every row is imported, or none.";

    private static final int LISTED = 12;

    private ImportTexts() {}

    static String facts(ImportReport r) {
        if (r == null || r.headerRow() <= 0) {
            return "";
        }
        return String.format("%s: %s, %s, headers in row %d", r.fileName(), r.format(), r.numberStyle(), r.headerRow());
    }

    static String summary(ImportReport r) {
        if (r == null) {
            return "";
        }
        if (r.alreadyImported() != null) {
            return "This file was " + r.alreadyImported() + ". Importing it again would change nothing.";
        }
        StringBuilder s =
                new StringBuilder(String.format("%,d rows read, %,d rejected.", r.rowsRead(), r.rowsRejected()));
        r.tallies()
                .forEach((what, t) -> s.append(String.format(
                        "  %s: %,d new, %,d changed, %,d unchanged.",
                        capitalised(what), t.created(), t.changed(), t.unchanged())));
        for (Map.Entry<String, Long> note : r.notes().entrySet()) {
            s.append(String.format("  %,d %s.", note.getValue(), note.getKey()));
        }
        return s.toString();
    }

    static String unused(ImportReport r) {
        if (r == null || r.mapping() == null || r.mapping().unused().isEmpty()) {
            return "";
        }
        return "Columns not imported: " + listed(r.mapping().unused());
    }

    /** What a stock file would create, or names that do not exist yet (whose rows are rejected until allowed). */
    static String products(ImportReport r) {
        if (r == null) {
            return "";
        }
        if (!r.productsCreated().isEmpty()) {
            return "Products to create: " + listed(r.productsCreated());
        }
        return r.unknownProducts().isEmpty() ? "" : "Products not in the catalogue: " + listed(r.unknownProducts());
    }

    static String locations(ImportReport r) {
        if (r == null) {
            return "";
        }
        if (!r.locationsCreated().isEmpty()) {
            return "Locations to create: " + listed(r.locationsCreated());
        }
        return r.unknownLocations().isEmpty() ? "" : "Locations that do not exist: " + listed(r.unknownLocations());
    }

    static String afterPreview(ImportReport r, boolean goodRowsOnly) {
        if (r.alreadyImported() != null) {
            return "Already imported: nothing to do.";
        }
        if (r.clean()) {
            return String.format(
                    "Ready: %,d rows pass every check. Nothing is written until you press Import.", r.rowsRead());
        }
        return String.format(
                "%,d rows rejected (listed below with row, column and why). Fix the file and press Check, change the"
                        + " columns, or %s.",
                r.rowsRejected(),
                goodRowsOnly ? "press Import to import the other rows" : "tick \"Import the good rows only\"");
    }

    static String confirmation(ImportReport r) {
        long rows = r.clean() ? r.rowsRead() : r.rowsRead() - r.rowsRejected();
        return String.format(
                "Import %,d rows from %s? %s",
                rows,
                r.fileName(),
                r.clean()
                        ? "Every row is written, or none."
                        : String.format(
                                "The %,d rejected rows are written to the rejects file first and left out.",
                                r.rowsRejected()));
    }

    static String afterImport(ImportReport r) {
        if (r.alreadyImported() != null) {
            return "This file was " + r.alreadyImported() + "; nothing was changed.";
        }
        return String.format(
                "Imported %,d rows from %s in %.1f s.%s",
                r.rowsRead() - r.rowsRejected(),
                r.fileName(),
                r.seconds(),
                r.commandKey() == null
                        ? ""
                        : " Command key " + r.commandKey()
                                + " (stockroom reverse with it takes the whole import back).");
    }

    private static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
