package org.stockroom.ui.access;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stockroom.ui.Theme;
import org.stockroom.ui.ViewLoader;

/**
 * The sign-in screen over the whole application: a window of its own, modal to all others, so that it can be
 * used even while a form is open. While it shows, every other window's content is hidden (not closed: a half
 * filled form keeps what was typed and is there again after the next sign-in).
 */
public final class LockScreen {

    private final Stage owner;
    private final SignInViewModel model;
    private final Stage stage = new Stage();
    private final SignInView view;
    private final List<Node> hidden = new ArrayList<>();
    private final List<Window> covered = new ArrayList<>();

    public LockScreen(Stage owner, SignInViewModel model, String workstation, Runnable quit, ViewLoader loader) {
        this.owner = owner;
        this.model = model;
        this.view = new SignInView(model, workstation, quit);
        Parent root = loader.load(view);
        stage.initOwner(owner);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle("Stockroom - sign in");
        stage.setResizable(false);
        Theme.applyIcon(stage, owner);
        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        // Closing the sign-in does not get anyone past it; Quit Stockroom is the way out.
        stage.setOnCloseRequest(e -> e.consume());
    }

    /** Hides every window's content and asks who is there. */
    public void show() {
        if (stage.isShowing()) {
            return;
        }
        model.reset();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != stage
                    && window.getScene() != null
                    && window.getScene().getRoot() != null) {
                Node content = window.getScene().getRoot();
                if (content.isVisible()) {
                    content.setVisible(false);
                    hidden.add(content);
                }
                covered.add(window);
            }
        }
        stage.show();
        stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
        stage.setY(owner.getY() + Math.max(40, (owner.getHeight() - stage.getHeight()) / 3));
        stage.toFront();
        view.focusName();
    }

    /** Someone signed in: the windows show again as they were. */
    public void hide() {
        stage.hide();
        hidden.forEach(node -> node.setVisible(true));
        hidden.clear();
        // The open forms above the main window again, in the order they were opened (without a window manager
        // that keeps owned windows on top, the main window would otherwise come up over them).
        covered.stream().filter(w -> w instanceof Stage && w.isShowing()).forEach(w -> ((Stage) w).toFront());
        covered.clear();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
