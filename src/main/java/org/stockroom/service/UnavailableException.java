package org.stockroom.service;

/** The database cannot be opened or reached (in use elsewhere, wrong password, server down, missing). */
public final class UnavailableException extends ExpectedFailure {

    private final boolean serverRefusedPassword;

    public UnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public UnavailableException(String message, Throwable cause, boolean serverRefusedPassword) {
        super(message, cause);
        this.serverRefusedPassword = serverRefusedPassword;
    }

    /** A server ({@code stockroom serve}) refused the password: the caller says where its password comes from. */
    public boolean serverRefusedPassword() {
        return serverRefusedPassword;
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
