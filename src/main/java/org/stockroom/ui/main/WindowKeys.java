package org.stockroom.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The main window's keys: each registered once with what it does, installed on the window's scene, and listed in
 * the Help > Keyboard sheet from the same list, so the sheet never names a key that does nothing or misses one.
 */
public final class WindowKeys {

    /** One key and what it does. */
    public record Shortcut(KeyCombination keys, String what, Runnable action) {

        /** "Ctrl+F", as this platform writes it. */
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    private final List<Shortcut> shortcuts = new ArrayList<>();

    /** {@code keys} as {@link KeyCombination#valueOf} reads it: "Shortcut+F", "F5". */
    public WindowKeys add(String keys, String what, Runnable action) {
        shortcuts.add(new Shortcut(KeyCombination.valueOf(keys), what, action));
        return this;
    }

    /** Puts every key on the scene {@code root} is in (now, or once it is in one). */
    public void installOn(Node root) {
        if (root.getScene() != null) {
            install(root.getScene());
        }
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                install(now);
            }
        });
    }

    private void install(Scene scene) {
        shortcuts.forEach(s -> scene.getAccelerators().put(s.keys(), s.action()));
    }

    public List<Shortcut> shortcuts() {
        return List.copyOf(shortcuts);
    }

    /** The sheet: one line per key, in the order they were added. */
    public String sheet() {
        int width =
                shortcuts.stream().mapToInt(s -> s.keysText().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Shortcut s : shortcuts) {
            text.append(String.format("%-" + width + "s   %s%n", s.keysText(), s.what()));
        }
        return text.append("\nIn forms: Tab moves between fields, Enter saves, Esc cancels.")
                .append("\nIn the product list: Enter or a double-click opens the stock dialog.")
                .toString();
    }
}
