package org.stockroom.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import org.stockroom.service.transfer.Reject;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.ImportPage;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The import wizard in the real window: check, see the rejects, allow what the file creates, import, confirm. */
class ImportPageUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    ImportPage page = new ImportPage(fx, robot);

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        TestBackends.product(behindTheWindow, "ALREADY-1"); // a catalogue: the window offers no sample catalogue
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        new SignInPage(fx, robot).continueWithoutUsers();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        behindTheWindow.close();
    }

    @Test
    void aStockFileNamingNewProductsAndLocationsImportsOnceBothAreAllowed() throws Exception {
        Path file = folder.resolve("opening stock.csv");
        Files.writeString(
                file,
                "SKU;Name;Location;Qty\nW-1;Widget;MAIN;4\nW-2;Gadget;SHELF-9;2\nW-3;Gizmo;MAIN;7\n",
                StandardCharsets.UTF_8);

        page.open().as("Stock quantities").check(file.toString());

        fx.waitUntil("the rejects are listed", () -> page.rejects().size() == 3);
        assertThat(page.rejects()).extracting(Reject::row).containsExactly(2L, 3L, 4L);
        assertThat(page.text("importProductsLabel")).contains("W-1", "W-2", "W-3");
        assertThat(page.importEnabled()).isFalse();

        page.tick("importCreateProductsBox");
        fx.waitUntil("only the unknown location is left", () -> page.rejects().size() == 1);
        assertThat(page.rejects().get(0).value()).isEqualTo("SHELF-9");
        page.tick("importCreateLocationsBox");
        fx.waitUntil("the file is clean", page::importEnabled);
        assertThat(page.text("importLocationsLabel")).isEqualTo("Locations to create: SHELF-9");
        assertThat(behindTheWindow.products().findBySku("W-1"))
                .as("nothing written by the checks")
                .isEmpty();

        page.importAndConfirm();

        fx.waitUntil("the import is done", () -> page.message().startsWith("Imported 3 rows"));
        long gadget = behindTheWindow.products().findBySku("W-2").orElseThrow().id();
        assertThat(TestBackends.onHand(behindTheWindow, gadget, "SHELF-9")).isEqualTo(2);
        assertThat(page.importEnabled()).as("one preview, one import").isFalse();
        assertThat(behindTheWindow.verifier().verify().consistent()).isTrue();
    }
}
