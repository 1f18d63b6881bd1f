package org.stockroom.domain;

import java.util.List;
import java.util.stream.Collectors;

/** One thing wrong with user input: which field, and a message a person can act on. */
public record FieldError(String field, String message) {

    /** One line for a form: empty when nothing is wrong. */
    public static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return "Not saved: " + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")) + ".";
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
