package org.stockroom.ui.conflict;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.ui.DialogModel;

/**
 * What the conflict dialog shows: field by field what you entered, what is stored now and what you started
 * from, plus (for a count) the movements recorded since. Plain values; the view draws them.
 */
public final class ConflictViewModel implements DialogModel<ConflictChoice> {

    private final String title;
    private final String message;
    private final String applyLabel;
    private final List<FieldRow> rows;
    private final List<MovementView> movementsSince;

    private ConflictViewModel(
            String title, String message, String applyLabel, List<FieldRow> rows, List<MovementView> movementsSince) {
        this.title = title;
        this.message = message;
        this.applyLabel = applyLabel;
        this.rows = List.copyOf(rows);
        this.movementsSince = List.copyOf(movementsSince);
    }

    public static ConflictViewModel forProduct(ProductDetails original, ProductDetails mine, ProductDetails theirs) {
        List<FieldRow> rows = List.of(
                new FieldRow("SKU", mine.sku(), theirs.sku(), original.sku()),
                new FieldRow("Name", mine.name(), theirs.name(), original.name()),
                new FieldRow("Category", mine.category(), theirs.category(), original.category()),
                new FieldRow("Unit", mine.unit(), theirs.unit(), original.unit()),
                new FieldRow("Barcode", text(mine.barcode()), text(theirs.barcode()), text(original.barcode())),
                new FieldRow(
                        "Reorder point",
                        String.valueOf(mine.reorderPoint()),
                        String.valueOf(theirs.reorderPoint()),
                        String.valueOf(original.reorderPoint())),
                new FieldRow("Unit cost", money(mine.unitCost()), money(theirs.unitCost()), money(original.unitCost())),
                new FieldRow("Archived", yesNo(mine.archived()), yesNo(theirs.archived()), yesNo(original.archived())));
        return new ConflictViewModel(
                "Someone else changed this product",
                "Product " + original.sku() + " was saved by someone else while you were editing it. "
                        + "\"Apply mine on top\" keeps their changes and adds the fields you changed.",
                "Apply mine on top",
                rows,
                List.of());
    }

    public static ConflictViewModel forCount(CountConflictException conflict, long onHandWhenCounted) {
        List<FieldRow> rows = List.of(new FieldRow(
                "On hand at " + conflict.current().locationCode(),
                String.valueOf(conflict.mine().countedQuantity()),
                String.valueOf(conflict.current().onHand()),
                String.valueOf(onHandWhenCounted)));
        return new ConflictViewModel(
                "Stock moved during the count",
                "Stock at " + conflict.current().locationCode() + " changed after the count began. Check the "
                        + "movements below: \"Apply my count\" sets on hand to what you counted.",
                "Apply my count",
                rows,
                conflict.movementsSince());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String money(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }

    public String applyLabel() {
        return applyLabel;
    }

    public List<FieldRow> rows() {
        return rows;
    }

    public List<MovementView> movementsSince() {
        return movementsSince;
    }

    /** One field: the three values side by side. */
    public record FieldRow(String label, String mine, String theirs, String original) {

        /** True where my value and the stored one differ: the rows the user must look at. */
        public boolean differs() {
            return !Objects.equals(mine, theirs);
        }
    }
}
