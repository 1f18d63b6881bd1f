package org.stockroom.ui;

/**
 * What long background work (an import, a report) is given: it reports how far it is and checks, between its
 * batches, whether the user asked it to stop. Stopping is cooperative: the work ends its batch and returns; its
 * thread is never interrupted (interrupting a thread inside H2 can corrupt the database file).
 */
public interface Progress {

    /** {@code done} of {@code total} units ({@code total} 0 or less: not known), with a line for the user. */
    void report(long done, long total, String message);

    /** True once the user asked to stop; the work should end at the next batch boundary. */
    boolean cancelRequested();
}
