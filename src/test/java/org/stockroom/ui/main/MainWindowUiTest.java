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
import org.stockroom.ui.pages.DetailPanePage;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.LocationsPage;
import org.stockroom.ui.pages.ProductFormPage;
import org.stockroom.ui.pages.ProductListPage;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real window, headless: the app on a real data folder, driven through its controls. */
class MainWindowUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    ProductListPage list = new ProductListPage(fx);
    DetailPanePage detail = new DetailPanePage(fx);
    LocationsPage locations = new LocationsPage(fx);

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        for (String sku : new String[] {"BOLT-M8", "BOLT-M10", "NUT-M8", "WASHER-M8"}) {
            long id = behindTheWindow
                    .products()
                    .create(
                            TestBackends.ACTOR,
                            new ProductDetails(sku, "Item " + sku, "Fasteners", "each", null, 5, BigDecimal.ONE, false))
                    .id();
            behindTheWindow.stock().receive(TestBackends.change(id, "MAIN", 10));
        }
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        new SignInPage(fx, robot).continueWithoutUsers(); // a database without users
        fx.waitUntil("the catalogue is shown", () -> list.rows().size() == 4);
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
    void keysReachThePagesAndTheSearchAndTheKeyboardSheetListsEveryKeyTheWindowHas() {
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3);
        fx.waitUntil(
                "Ctrl+3 shows the third page, Locations",
                () -> fx.onFxThread(() -> robot.lookup("#locationsNav")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected()));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
        fx.waitUntil(
                "Ctrl+F: back to Products with the search focused",
                () -> fx.onFxThread(() -> robot.lookup("#searchField")
                        .queryAs(javafx.scene.control.TextField.class)
                        .isFocused()));
        java.util.Set<String> accelerators =
                fx.onFxThread(() -> robot.lookup("#searchField").query().getScene().getAccelerators().keySet().stream()
                        // JavaFX's own: a page's default button takes Enter, a cancel button Esc
                        .filter(k -> !(k instanceof javafx.scene.input.KeyCodeCombination c
                                && (c.getCode() == javafx.scene.input.KeyCode.ENTER
                                        || c.getCode() == javafx.scene.input.KeyCode.ESCAPE)))
                        .map(javafx.scene.input.KeyCombination::getDisplayText)
                        .collect(java.util.stream.Collectors.toSet()));

        robot.push(javafx.scene.input.KeyCode.F1);
        fx.waitUntil(
                "F1 opens the keyboard sheet",
                () -> robot.lookup(".dialog-pane .text-area").tryQuery().isPresent());
        String sheet = fx.onFxThread(() -> robot.lookup(".dialog-pane .text-area")
                .queryAs(javafx.scene.control.TextArea.class)
                .getText());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(accelerators)
                .as("Ctrl+F, F5, Ctrl+N, ..., a key per page, F1")
                .hasSizeGreaterThan(15);
        assertThat(accelerators).allSatisfy(key -> assertThat(sheet).contains(key));
        assertThat(sheet.lines().filter(line -> line.matches("\\S+\\s{3,}.*")).count())
                .as("one line per key, and none for a key the window does not have")
                .isEqualTo(accelerators.size());
    }

    @Test
    void searchNarrowsTheProductList() {
        list.search("bolt");

        fx.waitUntil("only bolts are listed", () -> list.rows().size() == 2);
        assertThat(list.rows()).extracting(ProductRow::sku).containsExactly("BOLT-M10", "BOLT-M8");
    }

    @Test
    void anAdjustmentUpdatesTheRow() {
        list.openStockDialog("NUT-M8").quantity("7").save();

        fx.waitUntil("the row shows the new on hand", () -> list.row("NUT-M8").onHand() == 17);
        fx.waitUntil("the history shows the receipt", () -> detail.historyRows() == 3); // + the product's creation
        assertThat(list.row("NUT-M8").available()).isEqualTo(17);
        assertThat(behindTheWindow.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aChangeBehindAnOpenEditFormLeadsToTheRetryDialogAndApplyMineOnTopSavesTheMerge() {
        ProductFormPage form = list.openEditForm("WASHER-M8");

        ProductView stored = behindTheWindow.products().findBySku("WASHER-M8").orElseThrow();
        ProductDetails d = stored.details();
        behindTheWindow
                .products()
                .update(
                        TestBackends.ACTOR,
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

        form.category("Washers").save();
        form.expectConflict().applyMine();

        fx.waitUntil(
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
        locations.open();
        fx.waitUntil("the locations page shows MAIN", () -> locations.codes().contains("MAIN"));

        locations.add("back", "Back room");

        fx.waitUntil("the new location is listed", () -> locations.codes().contains("BACK"));
        assertThat(behindTheWindow.catalogue().locations())
                .extracting(l -> l.code())
                .contains("BACK");
    }
}
