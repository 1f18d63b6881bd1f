package org.stockroom.service.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.persistence.transfer.ImportLookups.StoredLevel;

/**
 * Stock quantities: rows are summed per product and location (another system's export has a row per batch or
 * serial number), then each line becomes one movement under the import's key: RECEIVE for opening stock, COUNT
 * for physical quantities. Rows marked not in stock are skipped.
 */
final class StockStep {

    /** One product at one location, with the rows that make it up. */
    private static final class Line {
        final long productId;
        final long locationId;
        final String what;
        long quantity;
        final List<Long> rows = new ArrayList<>(1);

        Line(long productId, long locationId, String what) {
            this.productId = productId;
            this.locationId = locationId;
            this.what = what;
        }
    }

    private final ImportContext ctx;
    private final ProductStep products;
    private final LocationStep locations;
    private final StockMode mode;
    private final Map<String, Line> lines = new LinkedHashMap<>();

    StockStep(ImportContext ctx, ProductStep products, LocationStep locations) {
        this.ctx = ctx;
        this.products = products;
        this.locations = locations;
        this.mode = ctx.options().stockMode();
    }

    void chunk(List<SourceRow> rows) {
        List<SourceRow> inStock = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            Boolean flag = ctx.cells().yesNo(row, ImportField.IN_STOCK);
            if (Boolean.FALSE.equals(flag)) {
                ctx.report().note("rows marked not in stock, skipped");
            } else {
                inStock.add(row);
            }
        }
        // Quantities first: a row whose quantity is wrong names no product or location to create or change.
        List<SourceRow> counted = new ArrayList<>(inStock.size());
        List<Long> quantities = new ArrayList<>(inStock.size());
        for (SourceRow row : inStock) {
            Long quantity = ctx.cells().whole(row, ImportField.QUANTITY, 0);
            if (quantity == null) {
                if (!ctx.verdicts().rejected(row.number())) {
                    ctx.cells().reject(row, ImportField.QUANTITY, null, "is empty: give a quantity (0 for none)");
                }
                continue;
            }
            counted.add(row);
            quantities.add(quantity);
        }
        products.chunk(counted);
        for (int i = 0; i < counted.size(); i++) {
            SourceRow row = counted.get(i);
            long quantity = quantities.get(i);
            if (ctx.verdicts().rejected(row.number())) {
                continue;
            }
            String sku = products.sku(row);
            Long productId = products.idOf(sku);
            Long locationId = locations.resolve(row, ctx.options().defaultLocation());
            if (productId == null || locationId == null) {
                continue;
            }
            String code = ctx.cells().text(row, ImportField.LOCATION);
            Line line = lines.computeIfAbsent(
                    productId + "@" + locationId,
                    k -> new Line(
                            productId,
                            locationId,
                            sku + " at " + (code == null ? ctx.options().defaultLocation() : code)));
            if (!line.rows.isEmpty()) {
                ctx.report().note("rows added to an earlier row of the same product and location");
            }
            line.quantity += quantity;
            line.rows.add(row.number());
            if (line.quantity > QuantityRules.MAX_QUANTITY) {
                ctx.cells()
                        .reject(
                                row,
                                ImportField.QUANTITY,
                                String.valueOf(quantity),
                                "makes " + line.what + " more than "
                                        + String.format("%,d", QuantityRules.MAX_QUANTITY));
            }
        }
    }

    /** After the last row: each line against its level as stored now, and (in a commit) written. */
    void finish() {
        Map<Long, List<Line>> byLocation = new LinkedHashMap<>();
        for (Line line : lines.values()) {
            if (line.rows.stream().noneMatch(ctx.verdicts()::rejected)) {
                byLocation
                        .computeIfAbsent(line.locationId, k -> new ArrayList<>())
                        .add(line);
            }
        }
        boolean commandWritten = false;
        for (Map.Entry<Long, List<Line>> e : byLocation.entrySet()) {
            List<Long> known = e.getValue().stream()
                    .map(l -> l.productId)
                    .filter(id -> id > 0)
                    .toList();
            Map<Long, StoredLevel> levels = e.getKey() > 0 ? ctx.lookups().levels(e.getKey(), known) : Map.of();
            for (Line line : e.getValue()) {
                StoredLevel level = levels.get(line.productId);
                long onHand = level == null ? 0 : level.onHand();
                long target;
                if (mode == StockMode.OPENING) {
                    if (onHand > 0) {
                        rejectLine(
                                line,
                                "already has " + onHand + " on hand; opening stock is for places that"
                                        + " hold nothing yet: import it as a count (--as count) to set it");
                        continue;
                    }
                    target = line.quantity;
                } else {
                    if (level != null && line.quantity < level.reserved()) {
                        rejectLine(
                                line,
                                "counted " + line.quantity + " but " + level.reserved()
                                        + " are reserved; release reservations first");
                        continue;
                    }
                    target = line.quantity;
                }
                if (target == onHand) {
                    ctx.report().tally("stock lines").unchanged++;
                    continue;
                }
                if (level == null) {
                    ctx.report().tally("stock lines").created++;
                } else {
                    ctx.report().tally("stock lines").changed++;
                    ctx.report()
                            .change(new FieldChange(
                                    line.rows.get(0),
                                    line.what,
                                    "On hand",
                                    String.valueOf(onHand),
                                    String.valueOf(target)));
                }
                if (ctx.writing()) {
                    if (!commandWritten) {
                        org.stockroom.service.stock.CommandIdentity id =
                                ImportIdentity.of(ctx.options(), ctx.fileName(), ctx.key());
                        ctx.writer().stock().command(ctx.key(), "IMPORT", id.hash(), id.text());
                        commandWritten = true;
                    }
                    ctx.writer()
                            .stock()
                            .line(
                                    line.productId,
                                    line.locationId,
                                    level,
                                    target,
                                    mode == StockMode.OPENING ? "RECEIVE" : "COUNT",
                                    "Import",
                                    "Imported from " + shortName(ctx.fileName()),
                                    ctx.key());
                }
            }
        }
        if (ctx.writing()) {
            ctx.writer().stock().flush();
        }
    }

    private void rejectLine(Line line, String message) {
        for (long row : line.rows) {
            ctx.verdicts()
                    .reject(new Reject(row, ctx.cells().header(ImportField.QUANTITY), null, line.what + " " + message));
        }
    }

    private static String shortName(String name) {
        return name.length() <= 900 ? name : name.substring(0, 897) + "...";
    }
}
