package org.stockroom.cli;

import java.util.concurrent.Callable;
import org.stockroom.persistence.ConnectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stockroom [--data-dir DIR] [--user NAME]} opens the window; {@code stockroom SUBCOMMAND ...} runs on
 * the command line instead.
 */
@Command(name = "stockroom", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Stockroom warehouse management. Without a subcommand, opens the window.",
        subcommands = {
            CatalogueCommands.ProductGroup.class, CatalogueCommands.Stock.class,
            StockCommands.Receive.class, StockCommands.Issue.class, StockCommands.Adjust.class,
            StockCommands.Count.class, StockCommands.Transfer.class,
            ReservationCommands.Reserve.class, ReservationCommands.Release.class, ReservationCommands.Fulfil.class,
            ServeCommand.class, VerifyCommand.class, BenchCommand.class, GenerateCommand.class})
public final class StockroomCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--user", paramLabel = "NAME",
            description = "Name recorded on every movement (default: the operating-system user).")
    String user;

    @Option(names = "--startup-report",
            description = "Print one JSON line of start-up timings once the catalogue is visible.")
    boolean startupReport;

    @Option(names = "--exit-after-start",
            description = "Close the window once the catalogue is visible (for measuring start-up).")
    boolean exitAfterStart;

    private boolean windowRequested;

    @Override
    public Integer call() {
        windowRequested = true;
        return ExitCodes.OK;
    }

    /** True when the arguments asked for the window rather than a subcommand, help or version. */
    public boolean windowRequested() {
        return windowRequested;
    }

    /** The options the window honours, parsed from the same arguments the launcher saw. */
    public static WindowOptions windowOptions(ConnectionSettings settings, String... args) {
        StockroomCommand command = new StockroomCommand();
        new CommandLine(command).parseArgs(args);
        String user = command.user != null && !command.user.isBlank()
                ? command.user.strip() : System.getProperty("user.name", "unknown");
        return new WindowOptions(command.database.windowTarget(settings), user, command.startupReport,
                command.exitAfterStart);
    }

    /** Checks the arguments alone (not the saved settings): bad ones are refused before any window opens. */
    public static void checkWindowArguments(String... args) {
        StockroomCommand command = new StockroomCommand();
        new CommandLine(command).parseArgs(args);
        if (command.database.server != null || command.database.dataDir != null) {
            command.database.target();
        }
    }

    public static CommandLine commandLine(StockroomCommand command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        // Bad arguments: one line that says why, not the whole usage text.
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("stockroom: " + e.getMessage()
                    + " (see 'stockroom " + e.getCommandLine().getCommandName() + " --help')");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine;
    }
}
