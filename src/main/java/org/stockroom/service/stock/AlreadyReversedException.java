package org.stockroom.service.stock;

import org.stockroom.service.Conflict;

/** The command was reversed before: a second reversal would take it back twice. */
public final class AlreadyReversedException extends Conflict {

    public AlreadyReversedException(String originalKey, String reversalKey, String by) {
        super("Command " + originalKey + " was already reversed by " + by + " (reversal " + reversalKey + ")");
    }
}
