package org.stockroom.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every page of the real window at 1024x700 and at 1600x1000, with data in its tables: no number, code or status
 * is shown cut ("-1..." for -100), nor any label or header. Names may be cut where their cell has a tooltip. The
 * check itself is shown to catch a column made too narrow on purpose.
 */
class WindowFitsUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        Actor ada = TestBackends.ACTOR;
        behindTheWindow.locations().create(ada, "SHELF-A-01-02", "Aisle A, bay 1, shelf 2");
        long bolt = TestProduct.sku("HEX-BOLT-M10X120-A4")
                .name("Hexagon head bolt M10 x 120 stainless A4, DIN 933, box of one hundred")
                .category("Fasteners and fixings")
                .barcode("4006381333931")
                .reorderPoint(1_000_000)
                .createIn(behindTheWindow)
                .id();
        behindTheWindow.stock().receive(TestBackends.change(bolt, "MAIN", 1_234_567));
        behindTheWindow.stock().receive(TestBackends.change(bolt, "SHELF-A-01-02", 250_000));
        behindTheWindow.stock().issue(TestBackends.change(bolt, "MAIN", 100));
        behindTheWindow.stock().adjust(TestBackends.adjustment(bolt, "SHELF-A-01-02", -12_345, "DAMAGED"));
        long count = behindTheWindow
                .countSessions()
                .create(ada, new NewCountSession("Weekly aisle A", CountScope.locations("MAIN"), false, List.of()))
                .id();
        long nut = TestProduct.sku("NUT-M8-DIN934-A2").createIn(behindTheWindow).id();
        behindTheWindow.stock().receive(TestBackends.change(nut, "MAIN", 40));
        behindTheWindow.countSessions().count(new CountEntry(ada, count, bolt, "MAIN", 1_234_000));
        behindTheWindow.countSessions().count(new CountEntry(ada, count, nut, "MAIN", 59));
        behindTheWindow.countSessions().finishCounting(ada, count); // in review: both reason boxes show
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        new SignInPage(fx, robot).continueWithoutUsers();
        fx.waitUntil(
                "the catalogue is shown",
                () -> fx.onFxThread(() -> !robot.lookup("#productTable")
                        .queryTableView()
                        .getItems()
                        .isEmpty()));
        robot.interact(() -> robot.lookup("#productTable")
                .queryTableView()
                .getSelectionModel()
                .select(0));
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
    void nothingThatMattersIsCutOnAnyPageAtEitherSize() {
        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 700}, {1600, 1000}}) {
            resize(size[0], size[1]);
            for (String page : pages()) {
                show(page);
                for (CutText.Cut c : CutText.in(root(), WindowFitsUiTest::mayBeCut)) {
                    cut.add(size[0] + "x" + size[1] + " " + page + ": " + c);
                }
            }
        }
        assertThat(cut).as("text shown cut").isEmpty();
    }

    @Test
    void theStockDialogShowsItsLevelWholeAt1024() {
        resize(1024, 700);
        show("productsNav");
        robot.interact(() -> robot.lookup("#adjustButton").queryButton().fire());
        fx.waitUntil(
                "the stock dialog is open",
                () -> fx.onFxThread(
                        () -> robot.lookup("#operationBox").tryQuery().isPresent()));
        robot.sleep(300);
        Parent dialog = fx.onFxThread(
                () -> robot.lookup("#operationBox").query().getScene().getRoot());
        List<CutText.Cut> cut = fx.onFxThread(() -> CutText.in(dialog, WindowFitsUiTest::mayBeCut));
        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookup("#cancelButton")).fire());
        // "On hand here: 1234467 each, reserved 0, available 1234467" was cut at "available ..." before it wrapped
        assertThat(cut).as("text shown cut in the stock dialog").isEmpty();
    }

    @Test
    void theCheckCatchesAColumnMadeTooNarrow() {
        resize(1024, 700);
        show("productsNav");
        robot.interact(() -> {
            TableColumn<?, ?> onHand =
                    (TableColumn<?, ?>) robot.lookup("#productTable").queryTableView().getColumns().stream()
                            .filter(c -> "On hand".equals(c.getText()))
                            .findFirst()
                            .orElseThrow();
            onHand.setMinWidth(18);
            onHand.setMaxWidth(18);
        });
        robot.sleep(300); // layout: one pulse or two
        assertThat(CutText.in(root(), WindowFitsUiTest::mayBeCut))
                .as("the on-hand figures in an 18 px column")
                .anySatisfy(c -> assertThat(c.holds()).isEqualTo("1472122"));
    }

    /**
     * Names may be cut where the whole is in a tooltip: cells of name columns, and a label or message whose tooltip
     * holds its whole text. Numbers, codes and statuses may not.
     */
    private static boolean mayBeCut(Labeled node) {
        if (node instanceof TableCell<?, ?> cell) {
            return cell.getTableColumn() != null
                    && org.stockroom.ui.control.ColumnFit.isFlexible(cell.getTableColumn())
                    && cell.getTooltip() != null;
        }
        return node.getTooltip() != null
                && node.getText().equals(node.getTooltip().getText());
    }

    private List<String> pages() {
        return fx.onFxThread(() -> robot.lookup("#sidebar").queryParent().lookupAll(".toggle-button").stream()
                .map(n -> n.getId())
                .toList());
    }

    private void show(String navId) {
        robot.interact(
                () -> robot.lookup("#" + navId).queryAs(ToggleButton.class).fire());
        robot.sleep(700); // the page loads its rows in the background
        if (navId.equals("countsNav")) { // the session in review, with its lines and the posting row
            robot.interact(() -> robot.lookup("#sessionTable")
                    .queryTableView()
                    .getSelectionModel()
                    .select(0));
            robot.sleep(700);
        }
    }

    private void resize(int width, int height) {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && "Stockroom".equals(s.getTitle()))
                    .findFirst()
                    .orElseThrow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.sleep(300);
    }

    private Parent root() {
        return fx.onFxThread(() -> robot.lookup("#mainPane").queryParent());
    }
}
