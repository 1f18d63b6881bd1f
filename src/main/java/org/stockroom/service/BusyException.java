package org.stockroom.service;

/** The database was too busy with other writers to take this one in time; nothing was saved, try again. */
public final class BusyException extends ExpectedFailure {

    public BusyException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.BUSY;
    }
}
