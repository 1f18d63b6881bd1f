package org.stockroom.service.transfer;

import org.stockroom.domain.FieldError;
import org.stockroom.service.ValidationException;

/**
 * A file that cannot be read as a table at all (not a spreadsheet, a quote never closed, the wrong encoding): an
 * invalid-input failure on the field "file" whose message says what and, where it can, at which row.
 */
final class FileProblem {

    static final String FIELD = "file";

    private FileProblem() {}

    static ValidationException of(String message) {
        return new ValidationException(new FieldError(FIELD, message));
    }

    static ValidationException of(String message, Throwable cause) {
        ValidationException e = of(message);
        e.initCause(cause);
        return e;
    }
}
