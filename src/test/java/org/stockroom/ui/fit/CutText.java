package org.stockroom.ui.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * Finds text the window shows cut: a label, button or table cell (header included) whose rendered text differs
 * from the text it holds (JavaFX cuts with "..." when there is no room). Only what is on screen counts: visible
 * nodes whose ancestors are visible, and table cells of rows that hold an item.
 */
public final class CutText {

    private CutText() {}

    /** One cut text: where (the nearest id), what it holds and what it shows. */
    public record Cut(String where, String holds, String shows) {
        @Override
        public String toString() {
            return where + ": '" + holds + "' shown as '" + shows + "'";
        }
    }

    public static List<Cut> in(Parent root, Predicate<Labeled> allowedToCut) {
        List<Cut> found = new ArrayList<>();
        walk(root, allowedToCut, found);
        return found;
    }

    private static void walk(Node node, Predicate<Labeled> allowedToCut, List<Cut> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && node.getScene() != null && outside(labeled)) {
            found.add(new Cut(where(labeled), labeled.getText(), "(beyond the window's edge)"));
        }
        if (node instanceof Labeled labeled && !allowedToCut.test(labeled)) {
            String holds = labeled.getText();
            Text shown = renderedText(labeled);
            boolean cell = labeled instanceof TableCell<?, ?> c
                    && (c.isEmpty()
                            || c.getTableRow() == null
                            || c.getTableRow().getItem() == null);
            if (!cell && holds != null && !holds.isBlank() && shown != null && !holds.equals(shown.getText())) {
                found.add(new Cut(where(labeled), holds, shown.getText()));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, allowedToCut, found);
            }
        }
    }

    /** Drawn (partly) past the right or bottom edge of the window: there, nobody sees it. */
    private static boolean outside(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isBlank() || labeled.getWidth() <= 0) {
            return false;
        }
        if (labeled instanceof TableCell<?, ?> cell
                && (cell.isEmpty()
                        || cell.getTableRow() == null
                        || cell.getTableRow().getItem() == null)) {
            return false;
        }
        javafx.geometry.Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        javafx.scene.Scene scene = labeled.getScene();
        boolean scrollsDown = false;
        for (javafx.scene.Node n = labeled.getParent(); n != null; n = n.getParent()) {
            scrollsDown |= n instanceof javafx.scene.control.ScrollPane;
        }
        // A page may scroll down to what is below; nothing may lie past the right edge.
        return bounds.getMaxX() > scene.getWidth() + 1 || (!scrollsDown && bounds.getMaxY() > scene.getHeight() + 1);
    }

    /** The skin's text node (LabeledText), which holds the text as drawn. */
    private static Text renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String where(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + (path.isEmpty() ? "" : " > "));
                if (n != node) {
                    break;
                }
            }
        }
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
            path.append(" column '").append(cell.getTableColumn().getText()).append("'");
        }
        return path.isEmpty()
                ? node.getClass().getSimpleName()
                : path + " (" + node.getClass().getSimpleName() + ")";
    }
}
