package org.stockroom.ui;

import java.math.BigDecimal;
import java.util.Optional;
import org.stockroom.domain.FieldError;

/** Parsing of what people type into number fields, with messages that say what is wrong. */
public final class Forms {

    private Forms() {}

    /** A whole number, optionally signed; blanks, letters and fractions are errors naming the field. */
    public static ParseResult<Long> wholeNumber(String field, String label, String text) {
        String value = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (value.isEmpty()) {
            return ParseResult.error(new FieldError(field, label + " is required"));
        }
        if (!value.matches("[+-]?\\d+")) {
            return ParseResult.error(new FieldError(field, label + " must be a whole number"));
        }
        if (value.replaceFirst("^[+-]?0*", "").length() > 12) {
            return ParseResult.error(new FieldError(field, label + " is over 1,000,000,000"));
        }
        return ParseResult.ok(Long.parseLong(value));
    }

    public static ParseResult<BigDecimal> decimal(String field, String label, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return ParseResult.error(new FieldError(field, label + " is required"));
        }
        if (!value.matches("\\d{1,13}(\\.\\d+)?|\\.\\d+|-\\d+(\\.\\d+)?")) {
            return ParseResult.error(new FieldError(field, label + " must be a number such as 12.50"));
        }
        return ParseResult.ok(new BigDecimal(value));
    }

    /** Either a value or the error that stopped it. */
    public record ParseResult<T>(T value, FieldError error) {

        public static <T> ParseResult<T> ok(T value) {
            return new ParseResult<>(value, null);
        }

        public static <T> ParseResult<T> error(FieldError error) {
            return new ParseResult<>(null, error);
        }

        public Optional<FieldError> failure() {
            return Optional.ofNullable(error);
        }
    }
}
