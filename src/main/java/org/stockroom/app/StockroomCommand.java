package org.stockroom.app;

import java.util.concurrent.Callable;
import org.stockroom.cli.CommandFactory;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.FailureHandler;
import org.stockroom.cli.ServeCommand;
import org.stockroom.cli.WindowArguments;
import org.stockroom.cli.access.TokenCommands;
import org.stockroom.cli.access.UserCommands;
import org.stockroom.cli.backup.BackupCommands;
import org.stockroom.cli.backup.CompactCommand;
import org.stockroom.cli.bench.BenchCommand;
import org.stockroom.cli.bench.GenerateCommand;
import org.stockroom.cli.count.CountSessionCommands;
import org.stockroom.cli.ledger.VerifyCommand;
import org.stockroom.cli.location.LocationCommands;
import org.stockroom.cli.product.CatalogueCommands;
import org.stockroom.cli.reason.ReasonCodeCommands;
import org.stockroom.cli.reservation.ReservationCommands;
import org.stockroom.cli.settings.SettingsCommands;
import org.stockroom.cli.sitemove.MigrateCommand;
import org.stockroom.cli.stock.ReverseCommandLine;
import org.stockroom.cli.stock.StockCommands;
import org.stockroom.cli.transfer.ExportCommand;
import org.stockroom.cli.transfer.ImportCommand;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.VersionInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code stockroom [--data-dir DIR] [--user NAME]} opens the window; {@code stockroom SUBCOMMAND ...} runs on
 * the command line instead.
 */
@Command(
        name = "stockroom",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = "Stockroom warehouse management. Without a subcommand, opens the window.",
        subcommands = {
            CatalogueCommands.ProductGroup.class,
            CatalogueCommands.Stock.class,
            StockCommands.Receive.class,
            StockCommands.Issue.class,
            StockCommands.Adjust.class,
            StockCommands.Count.class,
            StockCommands.Transfer.class,
            ReverseCommandLine.class,
            ReservationCommands.Reserve.class,
            ReservationCommands.Release.class,
            ReservationCommands.Fulfil.class,
            ServeCommand.class,
            VerifyCommand.class,
            BackupCommands.Backup.class,
            BackupCommands.RestoreCommand.class,
            CompactCommand.class,
            BenchCommand.class,
            GenerateCommand.class,
            UserCommands.Group.class,
            TokenCommands.Group.class,
            CountSessionCommands.Group.class,
            SettingsCommands.Group.class,
            ReasonCodeCommands.Group.class,
            LocationCommands.Group.class,
            ImportCommand.class,
            ExportCommand.class,
            MigrateCommand.class
        })
public final class StockroomCommand implements Callable<Integer> {

    @Mixin
    WindowArguments window = new WindowArguments();

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

    /** The window's options, when {@link #windowRequested()}. */
    public WindowArguments window() {
        return window;
    }

    /** The command line over {@code command}, its commands opening databases with {@code opener}. */
    public static CommandLine commandLine(StockroomCommand command, BackendOpener opener) {
        CommandLine commandLine = new CommandLine(command, new CommandFactory(opener));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        // Bad arguments: one line that says why, not the whole usage text.
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine()
                    .getErr()
                    .println("stockroom: " + e.getMessage() + " (see '"
                            + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine;
    }
}
