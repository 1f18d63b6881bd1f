package org.stockroom.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

/**
 * Every node under a root, also what a control holds before its skin makes it a child (split panes' items, a scroll
 * pane's content, tabs, titled panes): a page not shown yet has no skins, so {@code lookupAll} misses its tables.
 * A table's own cells are not visited.
 */
public final class SceneWalk {

    private SceneWalk() {}

    public static void visit(Node node, Consumer<Node> on) {
        on.accept(node);
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> visit(item, on));
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            visit(scroll.getContent(), on);
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> visit(t.getContent(), on));
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            visit(titled.getContent(), on);
        } else if (node instanceof Parent parent && !(node instanceof TableView<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, on));
        }
    }
}
