package org.stockroom.domain;

/** One thing wrong with user input: which field, and a message a person can act on. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
