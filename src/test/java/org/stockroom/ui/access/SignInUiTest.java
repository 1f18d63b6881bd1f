package org.stockroom.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.domain.access.Role;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.audit.FieldChange;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.ProductListPage;
import org.stockroom.ui.pages.SignInPage;
import org.stockroom.ui.pages.StockDialogPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real window on a database with users: it opens on the sign-in screen with everything else hidden; a PIN
 * signs a clerk in, who finds the supervisor's buttons disabled with the reason; "Switch user" (what the idle lock
 * does too) hides an open form, a badge scan signs the next person in, and the form is back with what was typed
 * and is saved under the new name.
 */
class SignInUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    SignInPage signIn = new SignInPage(fx, robot);
    ProductListPage list = new ProductListPage(fx);
    long productId;

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        productId = TestBackends.product(behindTheWindow, "BOLT-M8").id();
        Actor ada = Actor.named("Ada");
        behindTheWindow.users().createFirstAdministrator("Ada", "administrator", "office");
        behindTheWindow.users().setBadge(ada, "Ada", "BADGE-ADA-0001");
        behindTheWindow.users().add(ada, "Bob", Role.CLERK, "bobs password");
        behindTheWindow.users().setPin(ada, "Bob", "4711");
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        signIn.waitUntilShown();
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
    void aPinSignsInAClerkWhoSeesWhyTheSupervisorsButtonsAreOffAndABadgeTakesOverAnOpenForm() {
        assertThat(mainContentVisible())
                .as("nothing of the window shows before sign-in")
                .isFalse();

        signIn.signIn("Bob", "1234");
        fx.waitUntil(
                "the wrong PIN is refused (the message is now '" + signIn.message() + "')",
                () -> !signIn.message().isBlank() && !signIn.message().startsWith("Signing"));
        assertThat(signIn.message()).contains("Unknown user or wrong password or PIN");
        signIn.signIn("bob", "4711");
        fx.waitUntil("Bob is signed in", () -> !signIn.isShowing());

        assertThat(text("userLabel")).startsWith("Bob (Clerk) at ");
        assertThat(mainContentVisible()).isTrue();
        fx.waitUntil("the catalogue is shown", () -> list.rows().size() == 1);
        Button newButton = node("newButton", Button.class);
        assertThat(fx.onFxThread(newButton::isDisabled)).isTrue();
        assertThat(fx.onFxThread(() -> PermissionGate.reasonOf(newButton)))
                .isEqualTo("To add or edit products needs the Supervisor role or higher; Bob is a Clerk.");
        assertThat(fx.onFxThread(() -> node("auditNav", ToggleButton.class).isDisabled()))
                .isTrue();
        assertThat(fx.onFxThread(() -> node("adminNav", ToggleButton.class).isDisabled()))
                .isTrue();

        StockDialogPage stock = list.openStockDialog("BOLT-M8");
        assertThat(stock.operationsOffered())
                .as("a clerk sees what needs a supervisor, and cannot pick it")
                .containsEntry("Receive", true)
                .containsEntry("Issue", true)
                .containsEntry("Adjust (needs Supervisor)", false)
                .containsEntry("Count (needs Supervisor)", false)
                .containsEntry("Transfer", true);
        stock.quantity("7");
        Button switchUser = node("switchUserButton", Button.class);
        robot.interact(switchUser::fire); // what the idle lock does; the open form blocks a click on it
        signIn.waitUntilShown();
        assertThat(signIn.message())
                .as("the lock screen says who was signed out")
                .startsWith("Bob was signed out at ");
        TextField quantity = node("quantityField", TextField.class);
        assertThat(fx.onFxThread(() -> quantity.getScene().getRoot().isVisible()))
                .as("the open form is hidden while the window is locked")
                .isFalse();
        assertThat(mainContentVisible()).isFalse();

        signIn.scanBadge("BADGE-ADA-0001");
        fx.waitUntil("Ada is signed in", () -> !signIn.isShowing());
        assertThat(text("userLabel")).startsWith("Ada (Admin) at ");
        assertThat(fx.onFxThread(() -> quantity.getScene().getRoot().isVisible()))
                .isTrue();
        String typed = fx.onFxThread(quantity::getText);
        assertThat(typed).as("what Bob typed is still there").isEqualTo("7");
        stock.save();
        fx.waitUntil("the window says what was saved", () -> text("statusLabel").startsWith("Saved: Received 7 "));

        fx.waitUntil(
                "the receipt is recorded",
                () -> !behindTheWindow.ledger().history(productId, 5).isEmpty());
        MovementView receipt = behindTheWindow.ledger().history(productId, 5).get(0);
        assertThat(receipt.quantity()).isEqualTo(7);
        assertThat(receipt.userName())
                .as("saved by who is signed in at the save")
                .isEqualTo("Ada");
        assertThat(fx.onFxThread(() -> node("auditNav", ToggleButton.class).isDisabled()))
                .isFalse();
    }

    @Test
    void theAuditPageListsWhoChangedWhat() {
        signIn.signIn("Ada", "administrator");
        fx.waitUntil("Ada is signed in", () -> !signIn.isShowing());
        behindTheWindow.locations().create(Actor.at("Ada", "office"), "BACK", "Back room");

        robot.clickOn("#auditNav");

        @SuppressWarnings("unchecked")
        TableView<FieldChange> table = node("changeTable", TableView.class);
        fx.waitUntil(
                "the changes are listed",
                () -> fx.onFxThread(() -> table.getItems().stream()
                        .anyMatch(c ->
                                c.entity().equals("Location") && c.newValue().equals("Back room"))));
        assertThat(fx.onFxThread(() -> table.getItems().stream()
                        .filter(c -> c.entity().equals("User"))
                        .map(FieldChange::entityLabel)
                        .distinct()
                        .toList()))
                .contains("Ada", "Bob");
    }

    private boolean mainContentVisible() {
        return fx.onFxThread(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#productTable") != null)
                .allMatch(w -> w.getScene().getRoot().isVisible()));
    }

    private String text(String id) {
        return fx.onFxThread(() -> node(id, Label.class).getText());
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }
}
