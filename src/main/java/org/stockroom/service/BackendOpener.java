package org.stockroom.service;

import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;

/**
 * Opens the services over a database. The entry points' composition roots hand one to whatever must open a
 * database (every command, the benchmark), so opening happens in one place and a test can pass its own.
 */
@FunctionalInterface
public interface BackendOpener {

    /** The services over {@code target}, opened with {@code options}; the caller closes them. */
    Backend open(DatabaseTarget target, Database.Options options);

    /** The same with the standard options. */
    default Backend open(DatabaseTarget target) {
        return open(target, Database.Options.STANDARD);
    }
}
