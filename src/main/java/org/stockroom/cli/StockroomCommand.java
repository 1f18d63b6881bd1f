package org.stockroom.cli;

import java.util.concurrent.Callable;
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
        subcommands = {VerifyCommand.class})
public final class StockroomCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--user", paramLabel = "NAME",
            description = "Name recorded on every movement (default: the operating-system user).")
    String user;

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
    public static WindowOptions windowOptions(String... args) {
        StockroomCommand command = new StockroomCommand();
        new CommandLine(command).parseArgs(args);
        String user = command.user != null && !command.user.isBlank()
                ? command.user.strip() : System.getProperty("user.name", "unknown");
        return new WindowOptions(command.data.resolve(), user);
    }

    public static CommandLine commandLine(StockroomCommand command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }
}
