package org.stockroom.service.transfer;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every reject of a run, by row: counted into the report, and kept (row -> messages) so that the rejects file can
 * be written with each rejected row's original cells. In a commit that must write all or nothing, the first
 * reject stops the run.
 */
final class Verdicts {

    /** Thrown in an all-or-nothing commit at the first reject: the transaction rolls back. */
    static final class NotClean extends RuntimeException {
        final Reject first;

        NotClean(Reject first) {
            super(first.describe());
            this.first = first;
        }
    }

    private final ImportReport report;
    private final boolean stopAtFirst;
    private final Map<Long, String> byRow = new TreeMap<>();
    private final Map<Long, String> leftOut = new TreeMap<>();

    Verdicts(ImportReport report, boolean stopAtFirst) {
        this.report = report;
        this.stopAtFirst = stopAtFirst;
    }

    void reject(Reject r) {
        report.reject(r);
        byRow.merge(r.row(), r.describe(), (a, b) -> a + "; " + b);
        report.rowsRejected(byRow.size());
        if (stopAtFirst) {
            throw new NotClean(r);
        }
    }

    /** Rows a check rejected before this run, to be left out whole: counted as rejected, never read by a step. */
    void leaveOut(Map<Long, String> rejectedBefore) {
        leftOut.putAll(rejectedBefore);
        byRow.putAll(rejectedBefore);
        report.rowsRejected(byRow.size());
    }

    boolean leftOut(long row) {
        return leftOut.containsKey(row);
    }

    boolean rejected(long row) {
        return byRow.containsKey(row);
    }

    Map<Long, String> byRow() {
        return byRow;
    }
}
