package org.stockroom.domain.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.TextRules;
import org.stockroom.domain.stock.QuantityRules;

/** What a valid product looks like. The form checks it as the user types and the service checks it again. */
public final class ProductRules {

    public static final String SKU = "sku";
    public static final String NAME = "name";
    public static final String CATEGORY = "category";
    public static final String UNIT = "unit";
    public static final String BARCODE = "barcode";
    public static final String REORDER_POINT = "reorderPoint";
    public static final String UNIT_COST = "unitCost";

    public static final int SKU_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int CATEGORY_MAX = 100;
    public static final int UNIT_MAX = 20;
    public static final int BARCODE_MAX = 64;
    public static final BigDecimal UNIT_COST_MAX = new BigDecimal("1000000000");
    public static final int UNIT_COST_SCALE = 4;

    /**
     * Letters, digits, spaces and punctuation (issue 25): real catalogues have SKUs such as "Blue Chair" and
     * "R_10R_0402_1%". Control characters and direction marks are refused by {@link TextRules}.
     */
    private static final Pattern SKU_CHARS = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{S} ]+");

    private static final Pattern BARCODE_CHARS = Pattern.compile("[\\x21-\\x7E]+");

    private ProductRules() {}

    /** Trims text and turns an empty barcode into none, as every form and import should. */
    public static ProductDetails normalize(ProductDetails d) {
        String barcode = trim(d.barcode());
        return new ProductDetails(
                trim(d.sku()),
                trim(d.name()),
                trim(d.category()),
                trim(d.unit()),
                barcode == null || barcode.isEmpty() ? null : barcode,
                d.reorderPoint(),
                d.unitCost(),
                d.archived());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public static List<FieldError> check(ProductDetails d) {
        List<FieldError> errors = new ArrayList<>();
        skuError(d.sku()).ifPresent(errors::add);
        requiredText(errors, NAME, "Name", d.name(), NAME_MAX);
        requiredText(errors, CATEGORY, "Category", d.category(), CATEGORY_MAX);
        requiredText(errors, UNIT, "Unit", d.unit(), UNIT_MAX);
        if (d.barcode() != null) {
            if (d.barcode().length() > BARCODE_MAX) {
                errors.add(new FieldError(BARCODE, "Barcode is longer than " + BARCODE_MAX + " characters"));
            } else if (!BARCODE_CHARS.matcher(d.barcode()).matches()) {
                errors.add(new FieldError(BARCODE, "Barcode may not contain spaces or special characters"));
            }
        }
        QuantityRules.checkRange(REORDER_POINT, "Reorder point", d.reorderPoint(), 0)
                .ifPresent(errors::add);
        unitCostError(d.unitCost()).ifPresent(errors::add);
        return errors;
    }

    public static Optional<FieldError> skuError(String sku) {
        if (sku == null || sku.isEmpty()) {
            return Optional.of(new FieldError(SKU, "SKU is required"));
        }
        if (sku.length() > SKU_MAX) {
            return Optional.of(new FieldError(SKU, "SKU is longer than " + SKU_MAX + " characters"));
        }
        if (!SKU_CHARS.matcher(sku).matches()) {
            return TextRules.checkCharacters(SKU, "SKU", sku)
                    .or(() -> Optional.of(
                            new FieldError(SKU, "SKU may contain only letters, digits, spaces and punctuation")));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> unitCostError(BigDecimal cost) {
        if (cost.signum() < 0) {
            return Optional.of(new FieldError(UNIT_COST, "Unit cost cannot be negative"));
        }
        if (cost.compareTo(UNIT_COST_MAX) > 0) {
            return Optional.of(new FieldError(UNIT_COST, "Unit cost is over 1,000,000,000"));
        }
        if (cost.stripTrailingZeros().scale() > UNIT_COST_SCALE) {
            return Optional.of(
                    new FieldError(UNIT_COST, "Unit cost has more than " + UNIT_COST_SCALE + " decimal places"));
        }
        return Optional.empty();
    }

    private static void requiredText(List<FieldError> errors, String field, String label, String value, int max) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, label + " is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, label + " is longer than " + max + " characters"));
        } else {
            TextRules.checkCharacters(field, label, value).ifPresent(errors::add);
        }
    }
}
