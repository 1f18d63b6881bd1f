package org.stockroom.service;

/** A product or location named in a command does not exist. */
public final class NotFoundException extends ExpectedFailure {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
