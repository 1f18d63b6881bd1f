package org.stockroom.ui.control;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns sized to what they hold, so that no number, code or status is shown cut: each column is at least as wide
 * as its header and its widest value among the rows loaded; only name columns (those whose cells carry the whole
 * text in a tooltip, {@link Columns#showWithTooltip}) give way, down to {@value #NAME_MIN} px. When the table is too
 * narrow for all of that, columns are hidden from the right (never the first) rather than squeezed, and come back
 * when there is room; the table's menu button (top right) lets a person choose them, and a column a person chose
 * is left as chosen.
 */
public final class ColumnFit {

    static final String FLEXIBLE = "stockroom.fit.flexible";
    private static final String AUTO_HIDDEN = "stockroom.fit.autoHidden";
    private static final String CHOSEN = "stockroom.fit.chosen";
    static final double NAME_MIN = 90;
    private static final int SAMPLE_ROWS = 300;
    private static final double CELL_PADDING = 28;
    private static final double HEADER_PADDING = 38; // sort arrow and padding

    private final TableView<?> table;
    private boolean fitting;
    /**
     * Widths already measured, by font and text: a table is fitted again on every change of its rows, and most values
     * (quantities, units, categories) repeat. Measuring is the cost of a fit (a text layout each), not the fit.
     */
    private final java.util.Map<String, Double> measured = new java.util.HashMap<>();

    private final Text measure = new Text();
    private static final int MEASURED_AT_MOST = 20_000;

    private ColumnFit(TableView<?> table) {
        this.table = table;
    }

    /** Fits every table under {@code root}, now and whenever its width or its rows change. */
    public static void everywhere(Parent root) {
        org.stockroom.ui.SceneWalk.visit(root, node -> {
            if (node instanceof TableView<?> table) {
                install(table);
            }
        });
    }

    public static void install(TableView<?> table) {
        if (table.getProperties().containsKey(ColumnFit.class)) {
            return;
        }
        ColumnFit fit = new ColumnFit(table);
        table.getProperties().put(ColumnFit.class, fit);
        table.setTableMenuButtonVisible(true);
        table.widthProperty().addListener((o, was, now) -> fit.fit());
        table.itemsProperty().addListener((o, was, now) -> {
            fit.fit();
            if (now != null) {
                now.addListener((ListChangeListener<Object>) c -> fit.fit());
            }
        });
        if (table.getItems() != null) {
            table.getItems().addListener((ListChangeListener<Object>) c -> fit.fit());
        }
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.visibleProperty().addListener((o, was, now) -> {
                if (!fit.fitting) {
                    column.getProperties().put(CHOSEN, Boolean.TRUE); // a person's choice, from the table menu
                }
            });
        }
        fit.fit();
    }

    /** Marks a column as a name column: it gives way (its cells show the whole text in a tooltip). */
    public static void flexible(TableColumn<?, ?> column) {
        column.getProperties().put(FLEXIBLE, Boolean.TRUE);
    }

    private void fit() {
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
        if (fitting || available <= 0) {
            return;
        }
        fitting = true;
        try {
            Font font = cellFont();
            List<? extends TableColumn<?, ?>> columns = table.getColumns();
            double[] need = new double[columns.size()];
            double total = 0;
            for (int i = 0; i < columns.size(); i++) {
                TableColumn<?, ?> column = columns.get(i);
                need[i] = isFlexible(column)
                        ? Math.max(NAME_MIN, header(column, font))
                        : Math.min(column.getMaxWidth(), needed(column, font));
                if (column.visibleProperty().isBound()) {
                    total += column.isVisible() ? need[i] : 0; // the page shows or hides it itself
                    continue;
                }
                if (!column.isVisible() && !autoHidden(column)) {
                    continue; // hidden by a person, or never shown
                }
                column.setVisible(true);
                column.getProperties().remove(AUTO_HIDDEN);
                total += need[i];
            }
            for (int i : hidingOrder(columns)) {
                if (total <= available) {
                    break;
                }
                TableColumn<?, ?> column = columns.get(i);
                if (column.isVisible()
                        && !column.visibleProperty().isBound()
                        && !column.getProperties().containsKey(CHOSEN)) {
                    column.setVisible(false);
                    column.getProperties().put(AUTO_HIDDEN, Boolean.TRUE);
                    total -= need[i];
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                TableColumn<?, ?> column = columns.get(i);
                if (!isFlexible(column)) {
                    column.setMinWidth(need[i]);
                    column.setPrefWidth(Math.max(column.getPrefWidth(), need[i]));
                } else {
                    column.setMinWidth(need[i]); // its header whole; its values may give way to a tooltip
                }
            }
        } finally {
            fitting = false;
        }
    }

    /**
     * Which columns give way first when the table is too narrow: a second name column (a note), then text columns
     * (a command key, who), then the first name column, then columns a page marks "keep" (a movement's type and
     * location, the Low marker), then numbers, and last the columns marked "essential" (a history's type and location:
     * a quantity without them says nothing); each group from the right. The first column (the SKU, the time) stays.
     */
    private static List<Integer> hidingOrder(List<? extends TableColumn<?, ?>> columns) {
        int firstName = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (isFlexible(columns.get(i))) {
                firstName = i;
                break;
            }
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int rank = 0; rank < 6; rank++) {
            for (int i = columns.size() - 1; i > 0; i--) {
                TableColumn<?, ?> column = columns.get(i);
                int r = column.getStyleClass().contains("essential")
                        ? 5 // before the name test: an audit's old and new values are names that must stay
                        : isFlexible(column)
                                ? (i == firstName ? 2 : 0)
                                : column.getStyleClass().contains("number")
                                        ? 4
                                        : column.getStyleClass().contains("keep") ? 3 : 1;
                if (r == rank) {
                    order.add(i);
                }
            }
        }
        return order;
    }

    /** Whether the column is a name column, whose values may give way (their tooltip says the whole). */
    public static boolean isFlexible(TableColumn<?, ?> column) {
        return column.getProperties().containsKey(FLEXIBLE);
    }

    private static boolean autoHidden(TableColumn<?, ?> column) {
        return column.getProperties().containsKey(AUTO_HIDDEN);
    }

    /** The header's width (bold, with the sort arrow) or the widest value's, whichever is more. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private double needed(TableColumn<?, ?> column, Font font) {
        double widest = header(column, font);
        List<?> items = table.getItems();
        int rows = items == null ? 0 : Math.min(items.size(), SAMPLE_ROWS);
        for (int i = 0; i < rows; i++) {
            Object item = items.get(i);
            if (item == null) {
                continue; // a row of a paged list not fetched yet
            }
            Object value = ((TableColumn) column).getCellData(item);
            if (value != null) {
                widest = Math.max(widest, width(shown(value), font) + CELL_PADDING);
            }
        }
        return Math.ceil(widest);
    }

    private double header(TableColumn<?, ?> column, Font font) {
        return Math.ceil(
                width(column.getText() == null ? headerText(column) : column.getText(), bold(font)) + HEADER_PADDING);
    }

    /** What a cell shows for a value: booleans as the Stock column's "Low" marker (with its icon), else the text. */
    private static String shown(Object value) {
        return value instanceof Boolean ? "MM Low" : value.toString();
    }

    private static String headerText(TableColumn<?, ?> column) {
        return column.getGraphic() instanceof Labeled labeled ? labeled.getText() : "";
    }

    private Font cellFont() {
        Node cell = table.lookup(".table-cell");
        return cell instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private static Font bold(Font font) {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    private double width(String text, Font font) {
        if (measured.size() > MEASURED_AT_MOST) {
            measured.clear(); // a long scroll through a large list: the next fits measure again
        }
        return measured.computeIfAbsent(font.getName() + '/' + font.getSize() + '/' + text, key -> {
            measure.setFont(font);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }
}
