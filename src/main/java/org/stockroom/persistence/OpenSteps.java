package org.stockroom.persistence;

/**
 * What opening a database is doing, step by step ("Upgrading the database: step 3 of 13"): the window shows it while
 * it waits, and the start-up report times each step, so a slow start names its cause.
 */
@FunctionalInterface
public interface OpenSteps {

    OpenSteps NONE = step -> {};

    /**
     * A step begins (the one before it has ended). Called on the thread that opens the database, and once from the
     * object mapping's own thread when it is ready (it is built beside the other steps).
     */
    void begins(String step);
}
