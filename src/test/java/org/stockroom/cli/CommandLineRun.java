package org.stockroom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.stockroom.app.StockroomCommand;
import org.stockroom.service.Backend;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code stockroom ARGS} would, and keeps what the last run printed. */
public final class CommandLineRun {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs one command; its exit status. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = StockroomCommand.commandLine(new StockroomCommand(), Backend::open);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** What the last run printed on stdout. */
    public String out() {
        return out.toString();
    }

    /** What the last run printed on stderr. */
    public String err() {
        return err.toString();
    }
}
