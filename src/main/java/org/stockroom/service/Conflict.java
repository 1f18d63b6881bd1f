package org.stockroom.service;

/**
 * Refused because what the command was based on has changed: someone else saved the same thing first, or it
 * is no longer in a state that allows the command.
 */
public abstract non-sealed class Conflict extends ExpectedFailure {

    protected Conflict(String message) {
        super(message);
    }

    @Override
    public final Kind kind() {
        return Kind.CONFLICT;
    }
}
