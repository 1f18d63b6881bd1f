package org.stockroom.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** The Connection page, as a person uses it: choose where the next start opens, type the address, save. */
public final class ConnectionPage {

    private final FxDriver fx;

    public ConnectionPage(FxDriver fx, FxRobot robot) {
        this.fx = fx;
    }

    public ConnectionPage open() {
        fx.waitUntil("the Connection page shows", () -> {
            if (!shown()) {
                fx.click("connectionNav");
            }
            return shown();
        });
        return this;
    }

    private boolean shown() {
        return fx.showsWhole("databaseField");
    }

    public ConnectionPage choosePostgres() {
        fx.click("postgresChoice");
        return this;
    }

    public ConnectionPage database(String address) {
        fx.type("databaseField", address);
        return this;
    }

    public ConnectionPage passwordFile(String path) {
        fx.type("passwordFileField", path);
        return this;
    }

    public ConnectionPage save() {
        fx.click("saveConnectionButton");
        return this;
    }

    public String message() {
        return fx.onFxThread(() -> fx.get("connectionMessage", Label.class).getText());
    }

    public boolean enabled(String fieldId) {
        return fx.onFxThread(() -> !fx.get(fieldId, TextField.class).isDisabled());
    }
}
