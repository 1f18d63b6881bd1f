package org.stockroom.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.stockroom.service.transfer.Reject;
import org.testfx.api.FxRobot;

/** The Import page, driven as a person would: kind, file path, Check, the boxes, Import and its confirmation. */
public final class ImportPage {

    private final FxDriver fx;
    private final FxRobot robot;

    public ImportPage(FxDriver fx, FxRobot robot) {
        this.fx = fx;
        this.robot = robot;
    }

    /** Clicks Import in the sidebar until the page shows (the first click may come while sign-in still closes). */
    public ImportPage open() {
        fx.waitUntil("the Import page shows", () -> {
            if (!shown()) {
                fx.click("importNav");
            }
            return shown();
        });
        return this;
    }

    /** The page is built (on its first show) and it and all that holds it are visible. */
    private boolean shown() {
        return fx.showsWhole("importFileField");
    }

    /** Picks the kind from the drop-down by its label ("Stock quantities"), as choosing the entry would. */
    @SuppressWarnings("unchecked")
    public ImportPage as(String kindLabel) {
        ChoiceBox<Object> box = fx.get("importKindBox", ChoiceBox.class);
        fx.interact(() -> box.setValue(box.getItems().stream()
                .filter(item -> item.toString().equals(kindLabel))
                .findFirst()
                .orElseThrow()));
        return this;
    }

    public ImportPage check(String path) {
        fx.type("importFileField", path);
        fx.click("importCheckButton");
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<Reject> rejects() {
        return fx.onFxThread(
                () -> List.copyOf(fx.get("importRejectTable", TableView.class).getItems()));
    }

    public String message() {
        return fx.onFxThread(() -> fx.get("importMessage", Label.class).getText());
    }

    public String text(String labelId) {
        return fx.onFxThread(() -> fx.get(labelId, Label.class).getText());
    }

    public boolean importEnabled() {
        return fx.onFxThread(() -> !fx.get("importButton", Button.class).isDisabled());
    }

    /** Opens the Preview tab, where the create boxes are, and ticks one. */
    public ImportPage tick(String checkBoxId) {
        fx.interact(
                () -> fx.get("importTabs", TabPane.class).getSelectionModel().select(0));
        robot.clickOn(fx.get(checkBoxId, CheckBox.class));
        return this;
    }

    /** Presses Import, then the confirmation's own Import button. */
    public void importAndConfirm() {
        fx.click("importButton");
        fx.waitUntil(
                "the confirmation shows",
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node confirm = robot.lookup(".dialog-pane .button")
                .match((Button b) -> "Import".equals(b.getText()))
                .query();
        robot.clickOn(confirm);
    }
}
