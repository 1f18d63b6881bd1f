package org.stockroom.cli;

import org.stockroom.persistence.DatabaseTarget;

/**
 * What the command line says to the window: which database, whose name goes on movements, and whether to
 * report (and end) the start-up for measuring it.
 */
public record WindowOptions(DatabaseTarget database, String userName, boolean startupReport, boolean exitAfterStart) {

    /** An ordinary start: no report, the window stays open. */
    public WindowOptions(DatabaseTarget database, String userName) {
        this(database, userName, false, false);
    }
}
