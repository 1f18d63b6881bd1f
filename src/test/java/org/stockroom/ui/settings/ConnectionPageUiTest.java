package org.stockroom.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowCommand;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import org.stockroom.ui.pages.ConnectionPage;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Connection page in the real window (issue 27): a person chooses a PostgreSQL database, types its address and
 * a password file, and saves; the next start opens that database with the password read from the file, which the
 * settings never hold. An address with a password in it saves nothing.
 */
class ConnectionPageUiTest {

    @TempDir
    Path folder;

    ConnectionSettings settings;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    ConnectionPage page = new ConnectionPage(fx, robot);

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            TestBackends.product(backend, "ALREADY-1"); // a catalogue: the window offers no sample catalogue
        }
        settings = new ConnectionSettings(folder.resolve("settings.properties"));
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        new SignInPage(fx, robot).continueWithoutUsers();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aPostgresDatabaseChosenOnThePageIsWhatTheNextStartOpensWithItsPasswordFromTheFile() throws Exception {
        Path passwordFile = Files.writeString(folder.resolve("db-password"), "db-secret\n");

        page.open().choosePostgres();
        assertThat(page.enabled("databaseField")).isTrue();
        assertThat(page.enabled("serverField"))
                .as("the serve address is not this choice's")
                .isFalse();

        page.database("postgresql://clerk:hunter2@db-host:6543/stock").save();
        fx.waitUntil("the page refuses it", () -> page.message().startsWith("Not saved"));
        assertThat(page.message()).doesNotContain("hunter2");
        assertThat(settings.file()).as("nothing saved half-way").doesNotExist();

        page.database("postgresql://clerk@db-host:6543/stock")
                .passwordFile(passwordFile.toString())
                .save();
        fx.waitUntil("the page saves it", () -> page.message().startsWith("Saved"));

        assertThat(Files.readString(settings.file())).doesNotContain("db-secret");
        assertThat(WindowCommand.windowOptions(settings, Map.of()).database())
                .as("what the next start opens")
                .isEqualTo(new DatabaseTarget.Postgres("jdbc:postgresql://db-host:6543/stock", "clerk", "db-secret"));
    }
}
