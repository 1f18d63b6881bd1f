package org.stockroom.service.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.persistence.transfer.ImportLookups;
import org.stockroom.persistence.transfer.ImportWriter;

/**
 * One pass over a file: finds the header row (the row among the first {@link #HEADER_SEARCH} that names most
 * fields, so a title row above it is passed over), the mapping and the number style, then checks, and in a commit
 * writes, the rows in chunks of {@link #CHUNK}. Memory holds one chunk, the SKUs seen (for duplicates) and, for
 * stock, one sum per product and location.
 */
final class ImportRun {

    static final int CHUNK = 1000;
    static final int HEADER_SEARCH = 30;
    private static final int SAMPLE = 200;

    private final TableSource table;
    private final ImportOptions options;
    private final ImportReport report;
    private final Verdicts verdicts;
    private final ImportLookups lookups;
    private final ImportWriter writer;
    private final String fileName;
    private final String key;
    private final ImportProgress progress;
    private final BooleanSupplier cancelled;

    private final List<SourceRow> head = new ArrayList<>();
    private final List<SourceRow> chunk = new ArrayList<>(CHUNK);
    private ImportContext ctx;
    private ProductStep products;
    private LocationStep locations;
    private StockStep stock;
    private long rows;

    ImportRun(
            TableSource table,
            ImportOptions options,
            ImportReport report,
            Verdicts verdicts,
            ImportLookups lookups,
            ImportWriter writer,
            String fileName,
            String key,
            ImportProgress progress,
            BooleanSupplier cancelled) {
        this.table = table;
        this.options = options;
        this.report = report;
        this.verdicts = verdicts;
        this.lookups = lookups;
        this.writer = writer;
        this.fileName = fileName;
        this.key = key;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Ends the reading of a file that cannot be imported at all (no header): nothing more to learn from it. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private boolean failed;

    void run() {
        try {
            table.read(this::accept);
        } catch (Stop stop) {
            return;
        }
        if (ctx == null && !failed) {
            start(); // fewer rows than the header search and the sample
        }
        if (ctx == null) {
            return;
        }
        flush();
        if (stock != null) {
            stock.finish();
        }
        if (rows == 0) {
            verdicts.reject(new Reject(
                    report.headerRow(),
                    null,
                    null,
                    "the file has a header row but no rows under it: nothing to import"));
        }
        report.read(rows);
    }

    private void accept(SourceRow row) {
        if (failed) {
            throw new Stop();
        }
        if (ctx == null) {
            head.add(row);
            if (head.size() >= HEADER_SEARCH + SAMPLE) {
                start();
            }
            return;
        }
        data(row);
    }

    private void data(SourceRow row) {
        if (row.blank()) {
            return;
        }
        rows++;
        if (verdicts.leftOut(row.number())) {
            return; // "good rows only": rejected by the check before the commit, no part of it is written
        }
        chunk.add(row);
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelled();
        }
        if (chunk.isEmpty()) {
            return;
        }
        List<SourceRow> batch = List.copyOf(chunk);
        chunk.clear();
        switch (options.kind()) {
            case PRODUCTS -> products.chunk(batch);
            case LOCATIONS -> locations.chunk(batch);
            case STOCK -> stock.chunk(batch);
        }
        progress.rows(rows, table.fractionRead());
    }

    private void start() {
        if (head.stream().allMatch(SourceRow::blank)) {
            failed = true;
            verdicts.reject(new Reject(1, null, null, "the file is empty: no rows, no header"));
            return;
        }
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH, head.size()); i++) {
            int n = ColumnMapping.fieldNamesIn(options.kind(), head.get(i));
            if (n > bestCount) {
                best = i;
                bestCount = n;
            }
        }
        if (best < 0) {
            verdicts.reject(new Reject(
                    head.get(0).number(),
                    null,
                    null,
                    "no header row: none of the first "
                            + HEADER_SEARCH + " rows names a column a "
                            + options.kind().word() + " file has ("
                            + String.join(
                                    ", ",
                                    options.kind().fields().stream()
                                            .map(ImportField::header)
                                            .toList()) + ")"));
            failed = true;
            return;
        }
        SourceRow header = head.get(best);
        List<SourceRow> sample = head.subList(best + 1, head.size());
        ColumnMapping mapping = options.mapping() != null
                ? options.mapping()
                : options.savedMapping() != null
                        ? ColumnMapping.saved(options.kind(), header.cells(), options.savedMapping())
                        : ColumnMapping.detect(options.kind(), header.cells(), sample);
        NumberStyle style = options.numberStyle() != null ? options.numberStyle() : detectStyle(mapping, sample);
        report.found(table.format().describe(), style.describe(), header.number(), mapping);
        ctx = new ImportContext(
                options,
                report,
                mapping,
                new Cells(mapping, style, verdicts),
                verdicts,
                lookups,
                writer,
                fileName,
                key);
        if (!checkMapping(mapping, header.number())) {
            ctx = null;
            failed = true;
            return;
        }
        boolean nameAsSku = nameAsSku(mapping, sample);
        boolean productsMayWrite = options.kind() == ImportKind.PRODUCTS || options.createProducts();
        products = new ProductStep(ctx, options.kind() == ImportKind.PRODUCTS, productsMayWrite, nameAsSku);
        if (options.kind() != ImportKind.PRODUCTS) {
            locations = new LocationStep(ctx, options.createLocations());
        }
        if (options.kind() == ImportKind.STOCK) {
            stock = new StockStep(ctx, products, locations);
            if (options.defaultLocation() != null && !locations.exists(options.defaultLocation())) {
                verdicts.reject(new Reject(
                        header.number(),
                        null,
                        options.defaultLocation(),
                        "is not a location: the default location must exist"));
            }
        }
        for (SourceRow row : sample) {
            data(row);
        }
        head.clear();
    }

    private boolean checkMapping(ColumnMapping mapping, long headerRow) {
        boolean ok = true;
        for (ImportField f : mapping.missing()) {
            if (f == ImportField.LOCATION && options.kind() == ImportKind.STOCK) {
                continue;
            }
            verdicts.reject(new Reject(
                    headerRow,
                    null,
                    null,
                    "no column for " + f.header() + " (the columns are " + String.join(", ", mapping.unused())
                            + "); choose one in the mapping"));
            ok = false;
        }
        return ok;
    }

    /** A file whose SKU column is mostly empty but has names uses the name as the code (InvenTree's parts). */
    private static boolean nameAsSku(ColumnMapping mapping, List<SourceRow> sample) {
        if (!mapping.has(ImportField.NAME)) {
            return false;
        }
        if (!mapping.has(ImportField.SKU)) {
            return false; // no code column at all is a file to map by hand, not one whose codes are its names
        }
        int sku = mapping.column(ImportField.SKU).get();
        long empty = sample.stream().filter(r -> r.cell(sku).isBlank()).count();
        return !sample.isEmpty() && empty * 2 > sample.size();
    }

    private NumberStyle detectStyle(ColumnMapping mapping, List<SourceRow> sample) {
        List<String> cells = new ArrayList<>();
        mapping.columns().forEach((field, column) -> {
            if (field.type() == ImportField.CellType.WHOLE || field.type() == ImportField.CellType.DECIMAL) {
                sample.forEach(r -> cells.add(r.cell(column)));
            }
        });
        return NumberStyle.detect(cells, table.format().semicolonSeparated());
    }
}
