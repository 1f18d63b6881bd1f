package org.stockroom.ui.main;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stockroom.domain.access.Permission;
import org.stockroom.ui.access.PermissionGate;

/**
 * The main window's sidebar, built from the page registrations: a button per page (id {@code key + "Nav"}, in a
 * holder that shows why a role may not open it), one page shown at a time, and a page the next user may not see
 * left for the product list after a switch of user.
 */
final class Sidebar {

    private Sidebar() {}

    /**
     * A page taller than the window (a form, the Administration page at 1024x700) scrolls down instead of being cut
     * at the bottom; a page that fits fills the window, its tables growing with it.
     */
    private static Node scrolling(Node page) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /**
     * Where a page goes: its view is built the first time the page shows, not at start (the window's first rows do
     * not wait for eleven pages' FXML). Once built, the view gets its column fitting and saved layout.
     */
    private static Node slot(WindowPage page, WindowPage.Tools tools, MainViewModel model) {
        StackPane slot = new StackPane();
        slot.setId(page.key() + "PageSlot");
        Runnable build = () -> {
            if (slot.getChildren().isEmpty()) {
                Node view = page.scrollsDown() ? scrolling(page.view(tools)) : page.view(tools);
                slot.getChildren().add(view);
                tools.built().accept(view);
            }
        };
        if (model.pages().currentProperty().get() == page) {
            build.run();
        }
        model.pages().currentProperty().addListener((o, was, now) -> {
            if (now == page) {
                build.run();
            }
        });
        return slot;
    }

    /** The pages' tools: a built view gets its tables fitted, then {@code pageBuilt} (its saved layout). */
    static WindowPage.Tools tools(
            org.stockroom.ui.ViewLoader loader,
            PermissionGate gate,
            java.util.function.Consumer<javafx.scene.Parent> pageBuilt) {
        return new WindowPage.Tools(loader, gate, view -> {
            org.stockroom.ui.control.ColumnFit.everywhere((javafx.scene.Parent) view);
            pageBuilt.accept((javafx.scene.Parent) view);
        });
    }

    /** Fills {@code sidebar} and {@code pages}: one entry per registration, in its order. */
    static void build(
            MainViewModel model,
            WindowPage.Tools tools,
            VBox sidebar,
            StackPane pages,
            Node productsPage,
            WindowKeys keys) {
        PermissionGate gate = tools.gate();
        Map<WindowPage, ToggleButton> buttons = new java.util.LinkedHashMap<>();
        ToggleGroup nav = new ToggleGroup();
        for (WindowPage page : model.pages().all()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId(page.key() + "Nav");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(nav);
            StackPane holder = new StackPane(button); // a disabled button shows no tooltip; its holder does
            holder.setId(page.key() + "NavHolder");
            holder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            sidebar.getChildren().add(holder);
            if (page.needs() != null) {
                gate.guard(button, holder, page.needs());
            }
            Node view = page == model.pages().products() ? productsPage : slot(page, tools, model);
            if (view != productsPage) {
                pages.getChildren().add(view);
            }
            view.visibleProperty().bind(model.pages().currentProperty().isEqualTo(page));
            buttons.put(page, button);
            if (buttons.size() <= 10) { // Ctrl+1 ... Ctrl+9, Ctrl+0
                keys.add("Shortcut+" + buttons.size() % 10, "Show the " + page.title() + " page", button::fire);
            }
        }
        buttons.get(model.pages().currentProperty().get()).setSelected(true);
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one page is always shown
            } else {
                buttons.forEach((page, button) -> {
                    if (button == now) {
                        model.pages().currentProperty().set(page);
                    }
                });
            }
        });
        model.pages()
                .currentProperty()
                .addListener((o, was, now) -> buttons.get(now).setSelected(true));
        // After a switch of user, a page the new role may not see is left for the product list.
        model.user().userProperty().addListener((o, was, now) -> {
            Permission needed = model.pages().currentProperty().get().needs();
            if (needed != null && !model.user().allows(needed).get()) {
                model.pages().currentProperty().set(model.pages().products());
            }
        });
    }
}
