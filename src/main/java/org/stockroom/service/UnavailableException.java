package org.stockroom.service;

/** The database cannot be opened or reached (in use elsewhere, wrong password, server down, missing). */
public final class UnavailableException extends ExpectedFailure {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
