package org.stockroom.service;

/** A product or location named in a command does not exist. */
public class NotFoundException extends ExpectedFailure {

    public NotFoundException(String message) {
        super(message);
    }
}
