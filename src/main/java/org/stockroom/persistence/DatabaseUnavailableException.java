package org.stockroom.persistence;

/**
 * The database could not be opened or reached. The message says why in words about the database (no command
 * line flag or window control: those layers add their own hint from {@link #failure()}).
 */
public class DatabaseUnavailableException extends RuntimeException {

    private final Dialect.OpenFailure failure;
    private final boolean remote;

    public DatabaseUnavailableException(String message, Throwable cause) {
        this(message, cause, Dialect.OpenFailure.OTHER, false);
    }

    public DatabaseUnavailableException(String message, Throwable cause, Dialect.OpenFailure failure, boolean remote) {
        super(message, cause);
        this.failure = failure;
        this.remote = remote;
    }

    public Dialect.OpenFailure failure() {
        return failure;
    }

    /** True when the database is a server's ({@code stockroom serve}), not a local folder. */
    public boolean remote() {
        return remote;
    }
}
