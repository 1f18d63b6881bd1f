package org.stockroom.service;

import java.util.Optional;
import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.Dialect;

/**
 * A failure the service layer expects and explains, of one of seven kinds: invalid input, something not found,
 * refused for lack of stock, a conflict with what someone else saved (or a state that no longer allows the
 * command), the database busy, the database unavailable, not allowed for the one who acts. A command that fails this way has written nothing.
 * The window turns it into a message and the command line into an exit status, each in one place, by its
 * {@link #kind()}; {@link #of(Throwable)} finds it in anything a service call threw.
 */
public abstract sealed class ExpectedFailure extends RuntimeException
        permits ValidationException,
                NotFoundException,
                StockRefusal,
                Conflict,
                BusyException,
                UnavailableException,
                NotAllowedException {

    /** The kinds, one per permitted subclass. */
    public enum Kind {
        INVALID_INPUT,
        NOT_FOUND,
        REFUSED_FOR_STOCK,
        CONFLICT,
        BUSY,
        UNAVAILABLE,
        NOT_ALLOWED
    }

    protected ExpectedFailure(String message) {
        super(message);
    }

    protected ExpectedFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract Kind kind();

    /**
     * What a service call threw, as the expected failure it is: itself, or the database's busy or unavailable
     * failure in the service layer's terms. Empty for a fault (a bug, a broken disk), which callers report as
     * such.
     */
    public static Optional<ExpectedFailure> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ExpectedFailure expected) {
                return Optional.of(expected);
            }
            if (t instanceof DatabaseBusyException busy) {
                return Optional.of(new BusyException(busy.getMessage(), busy));
            }
            if (t instanceof DatabaseUnavailableException unavailable) {
                return Optional.of(new UnavailableException(
                        unavailable.getMessage(),
                        unavailable,
                        unavailable.remote() && unavailable.failure() == Dialect.OpenFailure.WRONG_PASSWORD));
            }
        }
        return Optional.empty();
    }
}
