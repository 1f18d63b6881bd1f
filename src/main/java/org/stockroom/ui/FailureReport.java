package org.stockroom.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What the window says when something fails that nobody expected: what was being done, that nothing was saved
 * half-way (every change is one transaction: saved whole or not at all), where the log is; and the details a person
 * can copy for whoever looks after Stockroom (version, time, the failure and its stack trace).
 */
public record FailureReport(String summary, String details) {

    public static FailureReport of(String doing, Throwable error, Path logFile, String version, Instant at) {
        String cause = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String summary = "Something went wrong while " + doing + ": " + cause + "\n\n"
                + "Nothing was saved half-way: a change is saved whole or not at all. Try again; if it happens"
                + " again, press Copy details and send them to whoever looks after Stockroom."
                + (logFile == null ? "" : "\nThe log file: " + logFile);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = "Stockroom " + version + ", " + at + "\nWhile " + doing + "\n\n" + trace;
        return new FailureReport(summary, details);
    }
}
