package org.stockroom.cli;

import org.stockroom.persistence.ConnectionSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options the window takes: which database, whose name goes on movements, start-up measuring. */
public final class WindowArguments {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "Name recorded on every movement (default: the operating-system user).")
    String user;

    @Option(
            names = "--startup-report",
            description = "Print one JSON line of start-up timings once the catalogue is visible.")
    boolean startupReport;

    @Option(
            names = "--exit-after-start",
            description = "Close the window once the catalogue is visible (for measuring start-up).")
    boolean exitAfterStart;

    /** The options with the database resolved: the command line first, else the saved connection. */
    WindowOptions resolve(ConnectionSettings settings) {
        String name = user != null && !user.isBlank() ? user.strip() : System.getProperty("user.name", "unknown");
        return new WindowOptions(database.windowTarget(settings), name, startupReport, exitAfterStart);
    }

    /** Refuses bad arguments (--data-dir with --server, a bad host) alone, not the saved settings. */
    public void check() {
        if (database.server != null || database.dataDir != null) {
            database.target();
        }
    }
}
