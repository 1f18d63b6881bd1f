package org.stockroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.MainWindowHandle;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real window, headless: the app on a real data folder, driven through its controls. */
class MainWindowUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    MainWindowHandle window = new MainWindowHandle(robot);

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        for (String sku : new String[] {"BOLT-M8", "BOLT-M10", "NUT-M8", "WASHER-M8"}) {
            long id = behindTheWindow
                    .products()
                    .create(new ProductDetails(sku, "Item " + sku, "Fasteners", "each", null, 5, BigDecimal.ONE, false))
                    .id();
            behindTheWindow.stock().receive(TestBackends.change(id, "MAIN", 10));
        }
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        window.waitUntil("the catalogue is shown", () -> window.rows().size() == 4);
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
    void searchNarrowsTheProductList() {
        window.search("bolt");

        window.waitUntil("only bolts are listed", () -> window.rows().size() == 2);
        assertThat(window.rows()).extracting(ProductRow::sku).containsExactly("BOLT-M10", "BOLT-M8");
    }

    @Test
    void anAdjustmentUpdatesTheRow() {
        window.select("NUT-M8");
        window.click("#adjustButton");
        window.waitUntil("the stock dialog opens", () -> window.isShowing("#quantityField"));

        window.type("#quantityField", "7");
        window.click("#saveButton");

        window.waitUntil(
                "the row shows the new on hand", () -> window.row("NUT-M8").onHand() == 17);
        window.waitUntil("the history shows the receipt", () -> window.historyRows() == 2);
        assertThat(window.row("NUT-M8").available()).isEqualTo(17);
        assertThat(behindTheWindow.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aChangeBehindAnOpenEditFormLeadsToTheRetryDialogAndApplyMineOnTopSavesTheMerge() {
        window.select("WASHER-M8");
        window.click("#editButton");
        window.waitUntil("the product form opens", () -> window.isShowing("#categoryField"));

        ProductView stored = behindTheWindow.products().findBySku("WASHER-M8").orElseThrow();
        ProductDetails d = stored.details();
        behindTheWindow
                .products()
                .update(
                        stored.id(),
                        stored.version(),
                        new ProductDetails(
                                d.sku(),
                                "Renamed at another desk",
                                d.category(),
                                d.unit(),
                                d.barcode(),
                                d.reorderPoint(),
                                d.unitCost(),
                                d.archived()));

        window.type("#categoryField", "Washers");
        window.click("#saveButton");
        window.waitUntil("the retry dialog opens", () -> window.isShowing("#applyMineButton"));
        window.click("#applyMineButton");

        window.waitUntil(
                "the merge is saved",
                () -> behindTheWindow
                        .products()
                        .findBySku("WASHER-M8")
                        .orElseThrow()
                        .details()
                        .category()
                        .equals("Washers"));
        ProductDetails merged =
                behindTheWindow.products().findBySku("WASHER-M8").orElseThrow().details();
        assertThat(merged.name()).as("their change is kept").isEqualTo("Renamed at another desk");
        assertThat(merged.category()).as("my change is applied").isEqualTo("Washers");
    }

    @Test
    void locationsPageListsLocationsAndAddsOne() {
        window.click("#locationsNav");
        window.waitUntil(
                "the locations page shows MAIN", () -> window.locationCodes().contains("MAIN"));

        window.type("#locationCodeField", "back");
        window.type("#locationNameField", "Back room");
        window.click("#addLocationButton");

        window.waitUntil(
                "the new location is listed", () -> window.locationCodes().contains("BACK"));
        assertThat(behindTheWindow.catalogue().locations())
                .extracting(l -> l.code())
                .contains("BACK");
    }
}
