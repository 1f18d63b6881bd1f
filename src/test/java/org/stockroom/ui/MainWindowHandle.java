package org.stockroom.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.location.LocationSummary;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page object for the main window and its dialogs; looks every node up by its fx:id. */
public final class MainWindowHandle {

    private final FxRobot robot;

    public MainWindowHandle(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    public TableView<ProductRow> productTable() {
        return robot.lookup("#productTable").queryAs(TableView.class);
    }

    /**
     * The rows loaded so far (read on the FX thread: the paged list is not thread-safe); none while the window
     * is still opening the database. Rows whose page has not arrived are null in the list and left out here.
     */
    @SuppressWarnings("unchecked")
    public List<ProductRow> rows() {
        return robot.lookup("#productTable")
                .tryQuery()
                .map(table -> onFxThread(() -> ((TableView<ProductRow>) table)
                        .getItems().stream().filter(Objects::nonNull).toList()))
                .orElse(List.of());
    }

    private static <T> T onFxThread(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ProductRow row(String sku) {
        return rows().stream().filter(r -> r.sku().equals(sku)).findFirst().orElseThrow();
    }

    public void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, 15);
    }

    public void waitUntil(String what, Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    public void search(String text) {
        type("#searchField", text);
    }

    public void select(String sku) {
        robot.interact(() -> productTable().getSelectionModel().select(row(sku)));
    }

    public void type(String fieldQuery, String text) {
        TextField field = robot.lookup(fieldQuery).queryAs(TextField.class);
        robot.interact(field::clear);
        // Headless stages may not have focus: click the field before typing.
        robot.clickOn(field).write(text);
    }

    public void click(String query) {
        Node node = robot.lookup(query).query();
        robot.clickOn(node);
    }

    public boolean isShowing(String query) {
        return robot.lookup(query)
                .tryQuery()
                .map(n -> n.getScene() != null
                        && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    /** Codes in the locations table; none while it is not loaded. */
    @SuppressWarnings("unchecked")
    public List<String> locationCodes() {
        return robot.lookup("#locationTable")
                .tryQuery()
                .map(t -> ((TableView<LocationSummary>) t)
                        .getItems().stream().map(LocationSummary::code).toList())
                .orElse(List.of());
    }

    /** Rows in the selected product's movement history. */
    public int historyRows() {
        return robot.lookup("#historyTable")
                .tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size())
                .orElse(0);
    }
}
