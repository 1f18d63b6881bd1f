package org.stockroom.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The sign-in screen: the first administrator, a name with password or PIN, or a badge scanned into the name. */
public final class SignInPage {

    private final FxDriver fx;
    private final FxRobot robot;

    public SignInPage(FxDriver fx, FxRobot robot) {
        this.fx = fx;
        this.robot = robot;
    }

    public boolean isShowing() {
        return fx.onFxThread(() -> fx.isShowing("signInNameField"));
    }

    public SignInPage waitUntilShown() {
        fx.waitUntil("the sign-in screen shows", this::isShowing);
        // The screen is placed over the main window just after it shows: let that settle before clicking on it.
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** First start on a database without users: go on without them, as before users existed. */
    public void continueWithoutUsers() {
        waitUntilShown();
        fx.click("withoutUsersButton");
        fx.waitUntil("the sign-in screen closes", () -> !isShowing());
    }

    public void signIn(String name, String secret) {
        waitUntilShown();
        fx.type("signInNameField", name);
        fx.type("secretField", secret);
        fx.click("submitButton");
    }

    /** A badge scanner: the code as fast key strokes into the focused name field, then Enter. */
    public void scanBadge(String code) {
        waitUntilShown();
        TextField name = fx.get("signInNameField", TextField.class);
        robot.clickOn(name);
        robot.write(code, 0);
        robot.type(KeyCode.ENTER);
    }

    public String message() {
        return fx.onFxThread(() -> fx.get("signInMessageLabel", Label.class).getText());
    }
}
