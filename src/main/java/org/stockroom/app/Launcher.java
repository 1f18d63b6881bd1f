package org.stockroom.app;

import java.util.Optional;
import javafx.application.Application;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.WindowArguments;
import org.stockroom.cli.WindowCommand;
import org.stockroom.service.Backend;

/**
 * The main class. A plain class, not an {@link Application}, so the app runs from the classpath; it decides
 * between the window and the command line.
 */
public final class Launcher {

    /** When main() began (epoch ms), for the start-up report: the time before it is the JVM's own. */
    static final String MAIN_STARTED = "stockroom.mainStartedEpochMs";

    private Launcher() {}

    public static void main(String[] args) {
        System.setProperty(MAIN_STARTED, Long.toString(System.currentTimeMillis()));
        // Only window options: skip building the whole command tree, the window's first frame is waiting.
        Optional<WindowArguments> window = WindowCommand.parse(args);
        if (window.isPresent()) {
            openWindow(window.get(), args);
            return;
        }
        StockroomCommand command = new StockroomCommand();
        int status = StockroomCommand.commandLine(command, Backend::open).execute(args);
        if (command.windowRequested()) {
            openWindow(command.window(), args);
        } else {
            System.exit(status);
        }
    }

    private static void openWindow(WindowArguments arguments, String[] args) {
        try {
            arguments.check(); // refuse bad options in one line, not in the window
        } catch (IllegalArgumentException e) {
            System.err.println("stockroom: " + e.getMessage());
            System.exit(ExitCodes.BAD_INPUT);
        }
        Application.launch(StockroomApp.class, args);
    }
}
