package org.stockroom.service.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.service.ValidationException;

/**
 * Checks a {@link ListCommand} before anything is written, naming each bad line by its number, and merges lines
 * of the same product (their quantities added, their notes kept), in product order: every list then locks its
 * stock levels in the same order, so two lists cannot deadlock.
 */
final class ListCommandRules {

    static final int MOST_LINES = 1000;

    private final StockCommandRules rules;

    ListCommandRules(StockCommandRules rules) {
        this.rules = rules;
    }

    /** The list's locations: {@code [from]} or {@code [from, to]} for a transfer. */
    long[] check(ListCommand list) {
        List<FieldError> errors = new ArrayList<>();
        if (list.kind() == null) {
            errors.add(new FieldError("kind", "Choose receive, issue or transfer"));
        }
        if (list.lines().isEmpty()) {
            errors.add(new FieldError("lines", "The list is empty: scan or add a product first"));
        } else if (list.lines().size() > MOST_LINES) {
            errors.add(new FieldError("lines", "At most " + MOST_LINES + " lines in one list"));
        }
        for (int i = 0; i < list.lines().size(); i++) {
            ListCommand.Line line = list.lines().get(i);
            String where = "Line " + (i + 1) + ": ";
            QuantityRules.checkRange(StockCommandRules.QUANTITY, where + "quantity", line.quantity(), 1)
                    .ifPresent(errors::add);
            QuantityRules.checkText(StockCommandRules.NOTE, where + "note", line.note(), QuantityRules.NOTE_MAX)
                    .ifPresent(errors::add);
        }
        ValidationException.throwIfAny(errors);
        if (list.kind() == ListCommand.Kind.TRANSFER) {
            StockCommandRules.Route route = rules.checkTransfer(new TransferCommand(
                    list.idempotencyKey(), list.actor(), 0, list.locationCode(), list.toLocationCode(), 1, null, null));
            return new long[] {route.fromId(), route.toId()};
        }
        long at = rules.checkChange(
                new StockChange(list.idempotencyKey(), list.actor(), 0, list.locationCode(), 1, null, null), false);
        return new long[] {at};
    }

    /** One line per product, in product-id order. */
    static List<ListCommand.Line> merged(List<ListCommand.Line> lines) {
        Map<Long, ListCommand.Line> byProduct = new LinkedHashMap<>();
        for (ListCommand.Line line : lines) {
            byProduct.merge(
                    line.productId(),
                    line,
                    (a, b) -> new ListCommand.Line(
                            a.productId(), a.quantity() + b.quantity(), joined(a.note(), b.note())));
        }
        return byProduct.values().stream()
                .sorted(java.util.Comparator.comparingLong(ListCommand.Line::productId))
                .toList();
    }

    private static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        String both = b == null || b.isBlank() || a.equals(b) ? a : a + "; " + b;
        return both.length() <= QuantityRules.NOTE_MAX ? both : both.substring(0, QuantityRules.NOTE_MAX - 3) + "...";
    }
}
