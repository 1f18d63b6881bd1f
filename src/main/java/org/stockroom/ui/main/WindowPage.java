package org.stockroom.ui.main;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.ui.ViewLoader;
import org.stockroom.ui.access.PermissionGate;

/**
 * One page of the main window, registered once: its sidebar entry (title, icon, the permission it needs), its view,
 * what happens when it is shown, when a scan arrives while it shows, and when the user signs out. The window
 * iterates the registrations; adding a page touches no hub class. The sidebar button's id is {@code key + "Nav"}.
 */
public final class WindowPage {

    /** What a page's view is built with, and what is done with a view once built (fit its tables, restore). */
    public record Tools(ViewLoader loader, PermissionGate gate, java.util.function.Consumer<Node> built) {}

    private final String key;
    private final String title;
    private final String icon;
    private final Function<Tools, Node> view;
    private Permission needs;
    private Runnable onShow = () -> {};
    private Consumer<ScannedCode> onScan;
    private boolean takesScans = true;
    private Runnable onSignOut = () -> {};
    private boolean scrolls;

    private WindowPage(String key, String title, String icon, Function<Tools, Node> view) {
        this.key = key;
        this.title = title;
        this.icon = icon;
        this.view = view;
    }

    /** A page with its sidebar key ("counts"), title ("Counts"), Ikonli icon literal and view. */
    public static WindowPage of(String key, String title, String icon, Function<Tools, Node> view) {
        return new WindowPage(key, title, icon, view);
    }

    /** Only for roles with {@code permission}: the sidebar entry is disabled (with the reason) for the others. */
    public WindowPage needs(Permission permission) {
        this.needs = permission;
        return this;
    }

    /** Runs each time the page is shown (typically: reload what it lists). */
    public WindowPage onShow(Runnable action) {
        this.onShow = action;
        return this;
    }

    /** Takes the scans made while the page shows; without it a scan searches the product list. */
    public WindowPage onScan(Consumer<ScannedCode> action) {
        this.onScan = action;
        return this;
    }

    /** Keys typed fast here are typing, not scans (a file path, the scanner test). */
    public WindowPage noScans() {
        this.takesScans = false;
        return this;
    }

    /** A form page that may be taller than the window: it scrolls down instead of being cut at the bottom. */
    public WindowPage scrolls() {
        this.scrolls = true;
        return this;
    }

    boolean scrollsDown() {
        return scrolls;
    }

    /** Runs when the user signs out: what the page told them goes. */
    public WindowPage onSignOut(Runnable action) {
        this.onSignOut = action;
        return this;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String icon() {
        return icon;
    }

    /** The permission the page needs, or null for every role. */
    public Permission needs() {
        return needs;
    }

    Node view(Tools tools) {
        return view.apply(tools);
    }

    void shown() {
        onShow.run();
    }

    /** Null when scans go to the product search. */
    Consumer<ScannedCode> scanHandler() {
        return onScan;
    }

    boolean takesScans() {
        return takesScans;
    }

    void signedOut() {
        onSignOut.run();
    }

    @Override
    public String toString() {
        return title;
    }
}
