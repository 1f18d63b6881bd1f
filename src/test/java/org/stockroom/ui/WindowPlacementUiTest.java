package org.stockroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens where it was closed, at the size it had, with the column widths the user gave it. */
class WindowPlacementUiTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void sizePositionAndColumnWidthsComeBackAtTheNextStart() throws Exception {
        Path file = folder.resolve(WindowPlacement.FILE_NAME);
        onFx(() -> {
            Stage stage = window(90);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(700);
            stage.setHeight(500);
            stage.show();
            column(stage).setPrefWidth(222);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            new WindowPlacement(file).save(stage);
            stage.hide();
            return null;
        });

        Stage reopened = onFx(() -> {
            Stage stage = window(90);
            WindowPlacement placement = new WindowPlacement(file);
            placement.restore(stage);
            stage.show();
            placement.restoreColumns(stage.getScene().getRoot());
            return stage;
        });

        assertThat(new double[] {reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight()})
                .containsExactly(40, 30, 700, 500);
        assertThat(column(reopened).getPrefWidth()).isEqualTo(222);
    }

    @Test
    void aDividerMovedByHandComesBackAtTheNextStartAlsoInASplitPaneInsideAnother() throws Exception {
        Path file = folder.resolve(WindowPlacement.FILE_NAME);
        onFx(() -> {
            Stage stage = split();
            stage.show();
            inner(stage).setDividerPosition(0, 0.7);
            new WindowPlacement(file).save(stage);
            stage.hide();
            return null;
        });

        double reopened = onFx(() -> {
            Stage stage = split();
            new WindowPlacement(file).restoreColumns(stage.getScene().getRoot()); // before the skins exist
            stage.show();
            return inner(stage).getDividerPositions()[0];
        });

        assertThat(reopened).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.01));
    }

    private static Stage split() {
        javafx.scene.control.SplitPane inner = new javafx.scene.control.SplitPane(new StackPane(), new StackPane());
        inner.setId("detailSplit");
        javafx.scene.control.SplitPane outer = new javafx.scene.control.SplitPane(new StackPane(), inner);
        outer.setId("productsPage");
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(outer), 600, 400));
        return stage;
    }

    private static javafx.scene.control.SplitPane inner(Stage stage) {
        javafx.scene.control.SplitPane outer = (javafx.scene.control.SplitPane)
                ((StackPane) stage.getScene().getRoot()).getChildren().get(0);
        return (javafx.scene.control.SplitPane) outer.getItems().get(1);
    }

    @Test
    void aPlaceNoScreenShowsAnyMoreOrADamagedFileLeavesTheDefaults() throws Exception {
        Path file = Files.writeString(
                folder.resolve(WindowPlacement.FILE_NAME),
                "window.x=90000\nwindow.y=90000\nwindow.width=700\nwindow.height=500\n"
                        + "column.productTable.skuColumn=not-a-number\n");

        Stage stage = onFx(() -> {
            Stage opened = window(90);
            opened.setWidth(640);
            opened.setHeight(480);
            WindowPlacement placement = new WindowPlacement(file);
            placement.restore(opened);
            opened.show();
            placement.restoreColumns(opened.getScene().getRoot());
            return opened;
        });

        assertThat(stage.getX()).as("not moved off every screen").isLessThan(90000);
        assertThat(stage.getWidth()).isEqualTo(640);
        assertThat(column(stage).getPrefWidth()).isEqualTo(90);
    }

    private static Stage window(double columnWidth) {
        TableView<String> table = new TableView<>();
        table.setId("productTable");
        TableColumn<String, String> sku = new TableColumn<>("SKU");
        sku.setId("skuColumn");
        sku.setPrefWidth(columnWidth);
        table.getColumns().add(sku);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(table)));
        return stage;
    }

    private static TableColumn<?, ?> column(Stage stage) {
        return ((TableView<?>) stage.getScene().getRoot().lookup("#productTable"))
                .getColumns()
                .get(0);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
