package org.stockroom;

import javafx.application.Application;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.StockroomCommand;

/**
 * The main class. A plain class, not an {@link Application}, so the app runs from the classpath; it decides
 * between the window and the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StockroomCommand command = new StockroomCommand();
        int status = StockroomCommand.commandLine(command).execute(args);
        if (command.windowRequested()) {
            try {
                StockroomCommand.checkWindowArguments(args); // refuse bad options in one line, not in the window
            } catch (IllegalArgumentException e) {
                System.err.println("stockroom: " + e.getMessage());
                System.exit(ExitCodes.BAD_INPUT);
            }
            Application.launch(StockroomApp.class, args);
        } else {
            System.exit(status);
        }
    }
}
