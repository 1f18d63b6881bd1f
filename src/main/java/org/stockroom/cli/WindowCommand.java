package org.stockroom.cli;

import java.util.Map;
import java.util.Optional;
import org.stockroom.persistence.ConnectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The window's command line on its own, without the subcommands: building the whole command tree costs about
 * a quarter of a second at start-up, which the window would spend before its first frame.
 */
@Command(name = "stockroom")
public final class WindowCommand {

    @Mixin
    WindowArguments window = new WindowArguments();

    private WindowCommand() {}

    /**
     * The window's arguments when that is all the command line holds; empty when it names a subcommand, asks
     * for help or has anything else the full command tree (app/StockroomCommand) must answer.
     */
    public static Optional<WindowArguments> parse(String... args) {
        WindowCommand command = new WindowCommand();
        try {
            new CommandLine(command).parseArgs(args);
            return Optional.of(command.window);
        } catch (CommandLine.ParameterException notOnlyWindowOptions) {
            return Optional.empty();
        }
    }

    /** The options the window honours, parsed from the same arguments the launcher saw. */
    public static WindowOptions windowOptions(ConnectionSettings settings, String... args) {
        return windowOptions(settings, System.getenv(), args);
    }

    /** The same in a given environment (tests: independent of the machine's STOCKROOM_* variables). */
    public static WindowOptions windowOptions(
            ConnectionSettings settings, Map<String, String> environment, String... args) {
        WindowCommand command = new WindowCommand();
        new CommandLine(command).parseArgs(args);
        command.window.database.environment = environment;
        return command.window.resolve(settings);
    }
}
