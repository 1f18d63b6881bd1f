package org.stockroom.service.count;

import org.stockroom.service.Conflict;

/** Refused because the session is no longer (or not yet) in a state that allows the command. */
public final class CountSessionStateException extends Conflict {

    public CountSessionStateException(String message) {
        super(message);
    }
}
