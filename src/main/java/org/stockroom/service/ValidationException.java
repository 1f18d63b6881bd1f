package org.stockroom.service;

import java.util.List;
import java.util.stream.Collectors;
import org.stockroom.domain.FieldError;

/** Input was refused before anything was written; each error names its field. */
public final class ValidationException extends ExpectedFailure {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
