package org.stockroom.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's size, position and maximised state, and the widths of its table columns, from
 * one start to the next, in a small properties file of the user's. A saved position that no screen shows any
 * more (a monitor unplugged) is not restored; the window then opens at its default size.
 */
public final class WindowPlacement {

    public static final String FILE_NAME = "window.properties";
    private static final Logger log = LoggerFactory.getLogger(WindowPlacement.class);

    private final Path file;
    private final Properties saved = new Properties();

    public WindowPlacement(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                saved.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Ignoring the window placement in {}: {}", file, e.getMessage());
            }
        }
    }

    /** Before the window is shown: where and how large it was, if that is still on a screen. */
    public void restore(Stage stage) {
        double x = number("window.x");
        double y = number("window.y");
        double width = number("window.width");
        double height = number("window.height");
        if (width > 0
                && height > 0
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(Math.max(width, stage.getMinWidth()));
            stage.setHeight(Math.max(height, stage.getMinHeight()));
        }
        stage.setMaximized(Boolean.parseBoolean(saved.getProperty("window.maximized")));
    }

    /**
     * The saved widths of the columns of every table under {@code root} that has an id (columns by their id), and
     * the saved divider positions of every split pane with an id.
     */
    public void restoreColumns(Parent root) {
        forEachColumn(root, (key, column) -> {
            double width = number(key);
            if (width > 0) {
                column.setPrefWidth(width);
            }
        });
        forEachSplit(root, split -> {
            double[] positions = split.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                double at = number("divider." + split.getId() + "." + i);
                if (at > 0 && at < 1) {
                    split.setDividerPosition(i, at);
                }
            }
        });
    }

    /** On close: the window's place (its place before it was maximised, if it is) and the column widths. */
    public void save(Stage stage) {
        saved.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            saved.setProperty("window.x", Double.toString(stage.getX()));
            saved.setProperty("window.y", Double.toString(stage.getY()));
            saved.setProperty("window.width", Double.toString(stage.getWidth()));
            saved.setProperty("window.height", Double.toString(stage.getHeight()));
        }
        if (stage.getScene() != null && stage.getScene().getRoot() != null) {
            forEachColumn(
                    stage.getScene().getRoot(),
                    (key, column) -> saved.setProperty(key, Double.toString(column.getWidth())));
            forEachSplit(stage.getScene().getRoot(), split -> {
                double[] positions = split.getDividerPositions();
                for (int i = 0; i < positions.length; i++) {
                    saved.setProperty("divider." + split.getId() + "." + i, Double.toString(positions[i]));
                }
            });
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                saved.store(out, "Stockroom's window: size, position and column widths");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only comfort is lost: the next start opens at the default size.
            log.warn("Could not save the window placement to {}: {}", file, e.getMessage());
        }
    }

    private interface ColumnVisitor {
        void visit(String key, TableColumn<?, ?> column);
    }

    private static void forEachColumn(Parent root, ColumnVisitor visitor) {
        SceneWalk.visit(root, node -> {
            if (node instanceof TableView<?> table && table.getId() != null) {
                for (TableColumn<?, ?> column : table.getColumns()) {
                    if (column.getId() != null) {
                        visitor.visit("column." + table.getId() + "." + column.getId(), column);
                    }
                }
            }
        });
    }

    private static void forEachSplit(Parent root, java.util.function.Consumer<javafx.scene.control.SplitPane> on) {
        SceneWalk.visit(root, node -> {
            if (node instanceof javafx.scene.control.SplitPane split && split.getId() != null) {
                on.accept(split);
            }
        });
    }

    private double number(String key) {
        try {
            return Double.parseDouble(saved.getProperty(key, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
