package org.stockroom.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.WindowCommand;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PinnedServers;
import org.stockroom.service.Backend;
import org.stockroom.service.WorkstationName;
import org.stockroom.service.backup.BackupScheduler;
import org.stockroom.service.settings.ConnectionChoices;
import org.stockroom.ui.FxDialogService;
import org.stockroom.ui.LoadingPane;
import org.stockroom.ui.Theme;
import org.stockroom.ui.UiTaskExecutor;
import org.stockroom.ui.ViewLoader;
import org.stockroom.ui.WindowPlacement;
import org.stockroom.ui.access.AccessControl;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.backup.BackupsViewModel;
import org.stockroom.ui.catalogue.PagedList;
import org.stockroom.ui.main.MainServices;
import org.stockroom.ui.main.MainView;
import org.stockroom.ui.main.MainViewModel;
import org.stockroom.ui.scan.KeyboardWedge;
import org.stockroom.ui.scan.ScannerSettingsFile;
import org.stockroom.ui.scan.ScannerTestViewModel;
import org.stockroom.ui.settings.ConnectionViewModel;

/**
 * The composition root of the window: shows the window at once, opens the database in the background, then
 * builds the views over the services. Closes everything in {@link #stop()}.
 */
public final class StockroomApp extends Application {

    /** What a first connection to a server said about its certificate, until the window shows it. */
    private final AtomicReference<String> firstTrust = new AtomicReference<>();

    private final ViewLoader viewLoader = new ViewLoader();
    private WindowOptions options;
    /** Why the window cannot open a database (bad saved settings, no password); shown instead of loading. */
    private String problem;

    private final ConnectionSettings settings;
    private UiTaskExecutor executor;
    /** Null until start(): the options say which database. */
    private OpenDatabase database;

    private BackupsViewModel backupsModel;
    private final Consumer<String> reportOut;
    private final IntConsumer exit;
    private StartupWatch startup;
    private Runnable removeWedge = () -> {};
    private final WindowPlacement placement;

    public StockroomApp() {
        // Application.launch: options come from the command line in init()
        this(null, ConnectionSettings.forCurrentUser());
    }

    /** Options and settings given directly (tests); with null options, init() reads them from the command line. */
    public StockroomApp(WindowOptions options, ConnectionSettings settings) {
        this(options, settings, System.out::println, StockroomApp::exitProcess);
    }

    /** For tests: also where the start-up report goes and how the app ends itself (given an exit status). */
    public StockroomApp(
            WindowOptions options, ConnectionSettings settings, Consumer<String> reportOut, IntConsumer exit) {
        this.options = options;
        this.settings = settings;
        this.reportOut = reportOut;
        this.exit = exit;
        // Next to the connection settings: per user, not per database.
        this.placement = new WindowPlacement(settings.file().resolveSibling(WindowPlacement.FILE_NAME));
    }

    @Override
    public void init() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (options == null) {
            try {
                options = WindowCommand.windowOptions(
                        settings, getParameters().getRaw().toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage() + ". Fix it on the Connection page after starting with --data-dir, or in "
                        + settings.file() + ".";
            }
        }
    }

    /** This window's log file: the About box and the failure dialog name it. Set off the FX thread, before open. */
    private volatile java.nio.file.Path logFile;

    @Override
    public void start(Stage stage) {
        Theme.applyToApplication();
        executor = new UiTaskExecutor();
        LoadingPane loading = new LoadingPane();
        Scene scene = new Scene(loading, 1280, 780);
        Theme.applyTo(scene);
        stage.setTitle("Stockroom");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        placement.restore(stage);
        stage.setOnHiding(e -> placement.save(stage));
        startup = new StartupWatch(
                options != null && options.startupReport(),
                options != null && options.exitAfterStart(),
                reportOut,
                () -> exit.accept(ExitCodes.OK));
        startup.watch(scene);
        stage.show();
        Platform.runLater(() -> Theme.applyIcon(stage)); // decoding three images need not delay the first frame
        if (problem != null) {
            failedToStart(loading, new IllegalStateException(problem));
            return;
        }
        if (options.database() instanceof DatabaseTarget.Remote) {
            // A first connection to a server pins its certificate: the person at the window sees the fingerprint.
            PinnedServers.trustOnceInThisProcess(PinnedServers.defaultFile(), firstTrust::set);
        }
        step("JavaFX started, window shown");
        database = new OpenDatabase(options.database());
        org.stockroom.persistence.OpenSteps steps = what -> {
            step(what);
            Platform.runLater(() -> loading.step(what));
        };
        executor.run(
                () -> {
                    // off the FX thread: the first frame does not wait for it
                    logFile = database.startLogFile(
                            settings.file().toAbsolutePath().getParent());
                    return database.openWithFirstPage(steps, PagedList.PAGE_SIZE);
                },
                opened -> {
                    showMain(stage, scene, opened);
                    String trusted = firstTrust.getAndSet(null);
                    if (trusted != null) {
                        new FxDialogService(stage, viewLoader).showInformation("New server trusted", trusted);
                    }
                },
                error -> failedToStart(loading, error));
    }

    /** A step of the start, for the start-up report (when one is asked for). */
    private void step(String what) {
        startup.step(what);
    }

    private void failedToStart(LoadingPane loading, Throwable error) {
        loading.showFailure(error);
        if (options != null && options.exitAfterStart()) {
            // Nobody is watching the window: say why on stderr and end with a failure status.
            System.err.println("stockroom: could not start: " + error.getMessage());
            exit.accept(ExitCodes.DATABASE_UNAVAILABLE);
        }
    }

    /** A clean exit goes through stop(); a failed start has nothing open and ends with its status. */
    private static void exitProcess(int status) {
        Platform.exit();
        if (status != ExitCodes.OK) {
            System.exit(status);
        }
    }

    private void showMain(Stage stage, Scene scene, OpenDatabase.Opened started) {
        step("Building the window");
        Backend opened = started.backend();
        opened.startReservationExpiry();
        FxDialogService dialogs = WindowServices.dialogs(stage, viewLoader, logFile);
        BackupScheduler backups = options.exitAfterStart()
                ? null // a start-up measurement
                : database.scheduleBackups(
                        opened,
                        outcome -> Platform.runLater(() ->
                                java.util.Optional.ofNullable(backupsModel).ifPresent(page -> page.outcome(outcome))));
        backupsModel = new BackupsViewModel(
                backups,
                database.backupsElsewhere(),
                executor,
                dialogs,
                backup -> restoreAndReopen(stage, scene, backup, dialogs));
        MainServices services = WindowServices.main(opened);
        SignedInUser user =
                new SignedInUser(WorkstationName.from(System.getenv()), options.userName(), started.hasUsers());
        AccessControl access = new AccessControl(
                stage, opened.users(), opened.settings(), executor, viewLoader, user, () -> exit.accept(ExitCodes.OK));
        ScannerTestViewModel scanner = new ScannerTestViewModel(
                new ScannerSettingsFile(settings.file().resolveSibling(ScannerSettingsFile.FILE_NAME)));
        MainViewModel model = new MainViewModel(
                services,
                executor,
                dialogs,
                user,
                access::lock,
                options.database().describe());
        model.pages()
                .add(new WindowPages(opened, executor, dialogs, user, model)
                        .all(
                                scanner,
                                new org.stockroom.ui.scan.ToneSounds(scanner.soundsOnProperty()::get),
                                backupsModel,
                                new ConnectionViewModel(
                                        new ConnectionChoices(settings),
                                        options.database().describe())));
        MainView view = new MainView(
                model,
                viewLoader,
                "Database: " + options.database().describe() + "\nLog file: "
                        + (logFile == null ? "none (see the message at start-up)" : logFile)
                        + "\nSettings: " + settings.file().toAbsolutePath(),
                placement::restoreColumns);
        scene.setRoot(viewLoader.load(view));
        removeWedge.run(); // the one of the database this window showed before a restore
        removeWedge = new KeyboardWedge(
                        scanner.settingsProperty()::get,
                        System::nanoTime,
                        () -> !access.isLocked() && model.pages().takesScans(),
                        model::scanned)
                .install(scene);
        placement.restoreColumns(scene.getRoot());
        startup.rowsShownWhen(view::showsCatalogue);
        step("Laying out the window");
        if (started.firstPage() != null) {
            model.start(started.firstPage());
        } else {
            model.start();
        }
        if (options.exitAfterStart()) {
            return; // a start-up measurement: nobody there to sign in
        }
        // The list loads behind the sign-in screen; nothing shows, and the sample catalogue is not offered, until
        // someone signs in (or, on a database without users, creates the administrator or goes on without).
        access.start(() -> {
            model.offerSampleCatalogue();
            model.auditWhenFirstRowsShow();
        });
    }

    /**
     * Restore from the Backups page: the window lets go of the database (a restore needs the folder closed),
     * restores, opens the result and shows it. A refused restore changed nothing: the same database reopens.
     */
    private void restoreAndReopen(Stage stage, Scene scene, Path backup, FxDialogService dialogs) {
        LoadingPane loading = new LoadingPane();
        scene.setRoot(loading);
        executor.run(
                () -> database.restoreAndOpen(backup),
                reopened -> {
                    showMain(stage, scene, reopened.opened());
                    if (reopened.failure() != null) {
                        dialogs.showError("Not restored", reopened.failure());
                    } else {
                        dialogs.showInformation(
                                "Restored",
                                "Restored the backup made "
                                        + BackupsViewModel.WHEN.format(
                                                reopened.outcome().restored().createdAt())
                                        + ". The database it replaced is kept as "
                                        + reopened.outcome().keptAs() + ".");
                    }
                },
                error -> failedToStart(loading, error));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (database != null) {
            database.close(true);
        }
    }
}
