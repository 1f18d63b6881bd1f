package org.stockroom.cli.count;

import java.io.PrintWriter;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountSessionView;

/** A count session as the command line prints it: a header, a line per count line, and the summary after review. */
final class CountSessionPrint {

    private CountSessionPrint() {}

    /** A blind session before review comes without expected quantities: the service left them out. */
    static void print(CountSessionView session, PrintWriter out) {
        out.printf(
                "Session %d '%s': %s; %s%s; by %s%n",
                session.id(),
                session.name(),
                session.status().title(),
                session.scope(),
                session.blind() ? "; blind" : "",
                session.createdBy());
        if (!session.showsExpected()) {
            out.println("Blind count: expected quantities and variances are shown from review on.");
        }
        out.printf(
                "%-20s %-10s %-12s %8s %8s %8s %8s%n",
                "SKU", "LOCATION", "STATE", "COUNTED", "EXPECTED", "MOVED", "VARIANCE");
        for (CountLineView line : session.lines()) {
            out.printf(
                    "%-20s %-10s %-12s %8s %8s %8s %8s%n",
                    line.sku(),
                    line.locationCode(),
                    line.state(),
                    line.counted() == null ? "-" : line.counted().toString(),
                    line.expected() == null ? "-" : line.expected().toString(),
                    line.movedSinceCount() == null ? "-" : signed(line.movedSinceCount()),
                    line.variance() == null ? "-" : signed(line.variance()));
        }
        if (session.summary() != null) {
            var s = session.summary();
            out.printf(
                    "%d lines, %d counted, %d exact; variance %s units (%s absolute), value %s; accuracy %s%n",
                    s.lines(),
                    s.counted(),
                    s.exact(),
                    signed(s.netVarianceUnits()),
                    s.absoluteVarianceUnits(),
                    s.netVarianceValue().toPlainString(),
                    s.accuracyPercent() == null ? "-" : s.accuracyPercent().toPlainString() + "%");
        }
    }

    static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
