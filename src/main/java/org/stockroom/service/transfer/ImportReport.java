package org.stockroom.service.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockroom.domain.transfer.ImportKind;

/**
 * What an import found (dry run) or did (commit): rows read, new / changed / unchanged / rejected per record kind,
 * the changes field by field, the rejects with row and column, the products and locations it would create, and
 * notes on defaults it applied. Lists keep the first {@link #LISTED} entries; the counts count all.
 */
public final class ImportReport {

    public static final int LISTED = 1000;

    /** new / changed / unchanged for one kind of record (products, locations, stock lines). */
    public static final class Tally {
        long created;
        long changed;
        long unchanged;

        public long created() {
            return created;
        }

        public long changed() {
            return changed;
        }

        public long unchanged() {
            return unchanged;
        }
    }

    private final ImportKind kind;
    private final String fileName;
    private String format = "";
    private String numberStyle = "";
    private long headerRow;
    private ColumnMapping mapping;
    private long rowsRead;
    private long rowsRejected;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<FieldChange> changes = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private long rejectCount;
    private final List<String> productsCreated = new ArrayList<>();
    private final List<String> locationsCreated = new ArrayList<>();
    private final Set<String> unknownProducts = new LinkedHashSet<>();
    private final Set<String> unknownLocations = new LinkedHashSet<>();
    private final Map<String, Long> notes = new LinkedHashMap<>();
    private String commandKey;
    private String alreadyImported;
    private boolean written;
    private double seconds;

    ImportReport(ImportKind kind, String fileName) {
        this.kind = kind;
        this.fileName = fileName;
    }

    void found(String format, String numberStyle, long headerRow, ColumnMapping mapping) {
        this.format = format;
        this.numberStyle = numberStyle;
        this.headerRow = headerRow;
        this.mapping = mapping;
    }

    Tally tally(String what) {
        return tallies.computeIfAbsent(what, w -> new Tally());
    }

    void read(long rows) {
        rowsRead = rows;
    }

    void change(FieldChange c) {
        if (changes.size() < LISTED) {
            changes.add(c);
        }
    }

    void reject(Reject r) {
        rejectCount++;
        if (rejects.size() < LISTED) {
            rejects.add(r);
        }
    }

    void rowsRejected(long n) {
        rowsRejected = n;
    }

    void productCreated(String sku) {
        if (productsCreated.size() < LISTED) {
            productsCreated.add(sku);
        }
    }

    void locationCreated(String code) {
        locationsCreated.add(code);
    }

    /** A product the file names that does not exist and may not be created: the window offers to allow it. */
    void productUnknown(String sku) {
        if (unknownProducts.size() < LISTED) {
            unknownProducts.add(sku);
        }
    }

    void locationUnknown(String code) {
        if (unknownLocations.size() < LISTED) {
            unknownLocations.add(code);
        }
    }

    /** Counts a note such as "rows not in stock, skipped". */
    void note(String what) {
        notes.merge(what, 1L, Long::sum);
    }

    void commandKey(String key) {
        this.commandKey = key;
    }

    void alreadyImported(String how) {
        this.alreadyImported = how;
    }

    void written(double seconds) {
        this.written = true;
        this.seconds = seconds;
    }

    void took(double s) {
        this.seconds = s;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String format() {
        return format;
    }

    public String numberStyle() {
        return numberStyle;
    }

    public long headerRow() {
        return headerRow;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** Rows with at least one reject. */
    public long rowsRejected() {
        return rowsRejected;
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public List<Reject> rejects() {
        return rejects;
    }

    public long rejectCount() {
        return rejectCount;
    }

    public List<String> productsCreated() {
        return productsCreated;
    }

    public List<String> locationsCreated() {
        return locationsCreated;
    }

    /** Products the file names that do not exist, when creating them was not allowed (their rows are rejected). */
    public List<String> unknownProducts() {
        return List.copyOf(unknownProducts);
    }

    public List<String> unknownLocations() {
        return List.copyOf(unknownLocations);
    }

    public Map<String, Long> notes() {
        return notes;
    }

    public String commandKey() {
        return commandKey;
    }

    /** Non-null when this very file was imported before: when, by whom, under which key. */
    public String alreadyImported() {
        return alreadyImported;
    }

    public boolean written() {
        return written;
    }

    public double seconds() {
        return seconds;
    }

    public boolean clean() {
        return rejectCount == 0 && mapping != null;
    }
}
