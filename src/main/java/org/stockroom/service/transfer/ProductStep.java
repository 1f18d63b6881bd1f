package org.stockroom.service.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.product.Product;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.persistence.transfer.ImportLookups.StoredProduct;

/**
 * Products from a chunk of rows: each row's SKU is looked up; a known product gets the fields the row gives (an
 * empty cell leaves a field as it is), an unknown one is created when allowed, with defaults for what the row does
 * not give. In a products file a SKU twice is a reject; in a stock file the first row of a SKU speaks for it.
 */
final class ProductStep {

    static final String DEFAULT_CATEGORY = "Uncategorised";
    static final String DEFAULT_UNIT = "each";

    private final ImportContext ctx;
    private final boolean productsFile;
    private final boolean mayWrite;
    private final boolean nameAsSku;
    private final Map<String, Long> firstRowBySku = new HashMap<>();
    private final Map<String, Long> firstRowByBarcode = new HashMap<>();
    /** Product id by SKU key for every SKU seen (negative: to be created, in a dry run). */
    private final Map<String, Long> ids = new HashMap<>();

    private long placeholder;

    ProductStep(ImportContext ctx, boolean productsFile, boolean mayWrite, boolean nameAsSku) {
        this.ctx = ctx;
        this.productsFile = productsFile;
        this.mayWrite = mayWrite;
        this.nameAsSku = nameAsSku;
    }

    /** The row's SKU as the file gives it (or its name, in a file whose codes are its names), or null. */
    String sku(SourceRow row) {
        String sku = ctx.cells().text(row, ImportField.SKU);
        return sku == null && nameAsSku ? ctx.cells().text(row, ImportField.NAME) : sku;
    }

    /** The id of the product the SKU names after this step's chunk, or null (unknown, not created). */
    Long idOf(String sku) {
        return ids.get(Product.skuKeyOf(sku));
    }

    void chunk(List<SourceRow> rows) {
        Map<String, SourceRow> firstInChunk = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            String sku = sku(row);
            if (sku == null) {
                ctx.verdicts()
                        .reject(new Reject(row.number(), ctx.cells().header(ImportField.SKU), null, "has no SKU"));
                continue;
            }
            if (ctx.cells().text(row, ImportField.SKU) == null) {
                ctx.report().note("rows with no SKU took their name as SKU");
            }
            String key = Product.skuKeyOf(sku);
            Long first = firstRowBySku.putIfAbsent(key, row.number());
            if (first != null) {
                if (productsFile) {
                    ctx.verdicts()
                            .reject(new Reject(
                                    row.number(),
                                    ctx.cells().header(ImportField.SKU),
                                    null,
                                    "row " + first + " and row " + row.number() + " both have SKU " + sku
                                            + " (SKUs are the same whatever their case and spaces around them)"));
                }
                continue;
            }
            firstInChunk.put(key, row);
        }
        Map<String, StoredProduct> stored = ctx.lookups().productsBySkuKey(firstInChunk.keySet());
        List<ProductDetails> inserts = new ArrayList<>();
        List<String> insertKeys = new ArrayList<>();
        List<ProductDetails> updates = new ArrayList<>();
        List<Long> updateIds = new ArrayList<>();
        List<ProductDetails> candidates = new ArrayList<>();
        List<SourceRow> candidateRows = new ArrayList<>();
        for (Map.Entry<String, SourceRow> e : firstInChunk.entrySet()) {
            StoredProduct was = stored.get(e.getKey());
            SourceRow row = e.getValue();
            if (was != null) {
                ids.put(e.getKey(), was.id());
            }
            if (!mayWrite) {
                if (was == null) {
                    ctx.report().productUnknown(e.getKey());
                    ctx.verdicts()
                            .reject(
                                    new Reject(
                                            row.number(),
                                            ctx.cells().header(ImportField.SKU),
                                            sku(row),
                                            "is no product's SKU; allow creating products (Create products, --create-products) to add it"));
                }
                continue;
            }
            ProductDetails merged = merge(row, was == null ? null : was.details());
            if (merged == null) {
                continue;
            }
            candidates.add(merged);
            candidateRows.add(row);
        }
        checkBarcodes(candidates, candidateRows, stored);
        for (int i = 0; i < candidates.size(); i++) {
            SourceRow row = candidateRows.get(i);
            if (ctx.verdicts().rejected(row.number())) {
                continue;
            }
            ProductDetails d = candidates.get(i);
            String key = Product.skuKeyOf(d.sku());
            StoredProduct was = stored.get(key);
            if (was == null) {
                ctx.report().tally("products").created++;
                ctx.report().productCreated(d.sku());
                inserts.add(d);
                insertKeys.add(key);
                ids.put(key, --placeholder);
            } else if (was.details().sameAs(d)) {
                ctx.report().tally("products").unchanged++;
            } else {
                ctx.report().tally("products").changed++;
                describeChanges(row.number(), was.details(), d);
                updates.add(d);
                updateIds.add(was.id());
            }
        }
        if (ctx.writing()) {
            long[] made = ctx.writer().insertProducts(inserts);
            for (int i = 0; i < made.length; i++) {
                ids.put(insertKeys.get(i), made[i]);
            }
            ctx.writer()
                    .updateProducts(
                            updateIds.stream().mapToLong(Long::longValue).toArray(), updates);
        }
    }

    /** The row over what is stored (null: a new product), checked; null when the row is rejected. */
    private ProductDetails merge(SourceRow row, ProductDetails was) {
        Cells c = ctx.cells();
        String sku = sku(row);
        String name = c.text(row, ImportField.NAME);
        String category = c.text(row, ImportField.CATEGORY);
        String unit = c.text(row, ImportField.UNIT);
        String barcode = c.text(row, ImportField.BARCODE);
        BigDecimal cost = c.decimal(row, ImportField.UNIT_COST);
        Long reorder = c.whole(row, ImportField.REORDER_POINT, 0);
        Boolean archived = c.yesNo(row, ImportField.ARCHIVED);
        Boolean active = c.yesNo(row, ImportField.ACTIVE);
        if (ctx.verdicts().rejected(row.number())) {
            return null;
        }
        if (cost != null && cost.stripTrailingZeros().scale() > ProductRules.UNIT_COST_SCALE) {
            cost = cost.setScale(ProductRules.UNIT_COST_SCALE, RoundingMode.HALF_UP);
            ctx.report().note("unit costs rounded to 4 decimal places");
        }
        if (was == null) {
            if (name == null) {
                name = sku;
                ctx.report().note("new products with no name took their SKU as name");
            }
            if (category == null) {
                category = DEFAULT_CATEGORY;
                ctx.report().note("new products with no category put in \"" + DEFAULT_CATEGORY + "\"");
            }
            if (unit == null) {
                unit = DEFAULT_UNIT;
                ctx.report().note("new products with no unit given the unit \"" + DEFAULT_UNIT + "\"");
            }
        }
        boolean isArchived = archived != null ? archived : active != null ? !active : was != null && was.archived();
        ProductDetails d = ProductRules.normalize(new ProductDetails(
                sku,
                name != null ? name : was.name(),
                category != null ? category : was.category(),
                unit != null ? unit : was.unit(),
                barcode != null ? barcode : was == null ? null : was.barcode(),
                reorder != null ? reorder : was == null ? 0 : was.reorderPoint(),
                cost != null ? cost : was == null ? BigDecimal.ZERO : was.unitCost(),
                isArchived));
        if (was != null && !Product.skuKeyOf(was.sku()).equals(Product.skuKeyOf(d.sku()))) {
            d = new ProductDetails(
                    was.sku(),
                    d.name(),
                    d.category(),
                    d.unit(),
                    d.barcode(),
                    d.reorderPoint(),
                    d.unitCost(),
                    d.archived());
        }
        for (FieldError e : ProductRules.check(d)) {
            ImportField field = fieldOf(e.field());
            c.reject(row, field, c.text(row, field), e.message());
        }
        return ctx.verdicts().rejected(row.number()) ? null : d;
    }

    private void checkBarcodes(List<ProductDetails> ds, List<SourceRow> rows, Map<String, StoredProduct> bySku) {
        List<String> barcodes =
                ds.stream().map(ProductDetails::barcode).filter(b -> b != null).toList();
        if (barcodes.isEmpty()) {
            return;
        }
        Map<String, StoredProduct> holders = ctx.lookups().productsByBarcode(barcodes);
        for (int i = 0; i < ds.size(); i++) {
            String barcode = ds.get(i).barcode();
            if (barcode == null) {
                continue;
            }
            SourceRow row = rows.get(i);
            Long first = firstRowByBarcode.putIfAbsent(barcode, row.number());
            StoredProduct holder = holders.get(barcode);
            String key = Product.skuKeyOf(ds.get(i).sku());
            if (first != null && first != row.number()) {
                ctx.cells()
                        .reject(
                                row,
                                ImportField.BARCODE,
                                barcode,
                                "is also the barcode of row " + first + "; a barcode names one product");
            } else if (holder != null
                    && !Product.skuKeyOf(holder.details().sku()).equals(key)) {
                ctx.cells()
                        .reject(
                                row,
                                ImportField.BARCODE,
                                barcode,
                                "is already the barcode of product "
                                        + holder.details().sku());
            }
        }
    }

    private void describeChanges(long row, ProductDetails was, ProductDetails now) {
        String sku = "SKU " + was.sku();
        diff(row, sku, "Name", was.name(), now.name());
        diff(row, sku, "Category", was.category(), now.category());
        diff(row, sku, "Unit", was.unit(), now.unit());
        diff(row, sku, "Barcode", was.barcode(), now.barcode());
        diff(row, sku, "Reorder point", String.valueOf(was.reorderPoint()), String.valueOf(now.reorderPoint()));
        if (was.unitCost().compareTo(now.unitCost()) != 0) {
            diff(row, sku, "Unit cost", plain(was.unitCost()), plain(now.unitCost()));
        }
        diff(row, sku, "Archived", was.archived() ? "yes" : "no", now.archived() ? "yes" : "no");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private void diff(long row, String record, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            ctx.report().change(new FieldChange(row, record, field, before, after));
        }
    }

    private static ImportField fieldOf(String ruleField) {
        return switch (ruleField) {
            case ProductRules.NAME -> ImportField.NAME;
            case ProductRules.CATEGORY -> ImportField.CATEGORY;
            case ProductRules.UNIT -> ImportField.UNIT;
            case ProductRules.BARCODE -> ImportField.BARCODE;
            case ProductRules.REORDER_POINT -> ImportField.REORDER_POINT;
            case ProductRules.UNIT_COST -> ImportField.UNIT_COST;
            default -> ImportField.SKU;
        };
    }
}
