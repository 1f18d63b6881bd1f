package org.stockroom.cli;

import org.stockroom.persistence.DatabaseTarget;

/** What the command line says to the window: which database, and whose name goes on movements. */
public record WindowOptions(DatabaseTarget database, String userName) {
}
