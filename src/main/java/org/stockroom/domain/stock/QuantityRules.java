package org.stockroom.domain.stock;

import java.util.Optional;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.TextRules;

/** Bounds on quantities: anything past a billion units is a typing mistake, not stock. */
public final class QuantityRules {

    public static final long MAX_QUANTITY = 1_000_000_000L;
    public static final int REASON_MAX = 100;
    public static final int NOTE_MAX = 1000;
    public static final int USER_MAX = 100;

    private QuantityRules() {}

    /** Checks {@code min <= value <= MAX_QUANTITY}. */
    public static Optional<FieldError> checkRange(String field, String label, long value, long min) {
        if (value < min) {
            return Optional.of(new FieldError(
                    field, min == 0 ? label + " cannot be negative" : label + " must be at least " + min));
        }
        if (value > MAX_QUANTITY) {
            return Optional.of(new FieldError(field, label + " is over 1,000,000,000"));
        }
        return Optional.empty();
    }

    /** A signed change: not zero, and no bigger than MAX_QUANTITY either way. */
    public static Optional<FieldError> checkDelta(String field, String label, long delta) {
        if (delta == 0) {
            return Optional.of(new FieldError(field, label + " cannot be zero"));
        }
        if (delta > MAX_QUANTITY || delta < -MAX_QUANTITY) { // not Math.abs: it overflows for Long.MIN_VALUE
            return Optional.of(new FieldError(field, label + " is over 1,000,000,000"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkText(String field, String label, String value, int max) {
        if (value != null && value.length() > max) {
            return Optional.of(new FieldError(field, label + " is longer than " + max + " characters"));
        }
        return TextRules.checkCharacters(field, label, value);
    }
}
