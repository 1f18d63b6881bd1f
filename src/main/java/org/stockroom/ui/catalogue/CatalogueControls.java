package org.stockroom.ui.catalogue;

import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.service.catalogue.ProductRow;

/**
 * Wires the search field, the filter bar and the table's column headers to the list's query. The table never
 * sorts rows itself: a click on a header changes the query's order and the database sorts.
 */
public final class CatalogueControls {

    static final String ALL = "All";
    static final Duration TYPING_PAUSE = Duration.millis(200);

    private CatalogueControls() {}

    /** Asks the database only after a pause in typing; the newest text always wins (see ProductListModel). */
    public static void debounce(TextField field, StringProperty target) {
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> target.set(field.getText()));
        field.textProperty().addListener((o, was, now) -> pause.playFromStart());
        target.addListener((o, was, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
    }

    public static void filters(
            ProductListModel list,
            ComboBox<String> category,
            ComboBox<String> location,
            ObservableList<String> locationCodes,
            CheckBox lowStock,
            ChoiceBox<ArchiveFilter> archive) {
        ObjectProperty<CatalogueQuery> query = list.queryProperty();
        category.getItems().setAll(ALL);
        category.getSelectionModel().selectFirst();
        list.categories().addListener((ListChangeListener<String>) c -> {
            String chosen = category.getValue();
            category.getItems().setAll(ALL);
            category.getItems().addAll(list.categories());
            category.setValue(chosen != null && category.getItems().contains(chosen) ? chosen : ALL);
        });
        category.valueProperty()
                .addListener((o, was, now) ->
                        query.set(query.get().withCategory(now == null || now.equals(ALL) ? null : now)));
        location.getItems().setAll(ALL);
        location.getSelectionModel().selectFirst();
        locationCodes.addListener((ListChangeListener<String>) c -> {
            String chosen = location.getValue();
            location.getItems().setAll(ALL);
            location.getItems().addAll(locationCodes);
            location.setValue(chosen != null && location.getItems().contains(chosen) ? chosen : ALL);
        });
        location.valueProperty()
                .addListener((o, was, now) ->
                        query.set(query.get().withLocation(now == null || now.equals(ALL) ? null : now)));
        lowStock.selectedProperty()
                .addListener((o, was, now) -> query.set(query.get().withLowStockOnly(now)));
        archive.getItems().setAll(ArchiveFilter.values());
        archive.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArchiveFilter filter) {
                return filter == null
                        ? ""
                        : switch (filter) {
                            case ACTIVE -> "Active products";
                            case ARCHIVED -> "Archived only";
                            case ALL -> "Active and archived";
                        };
            }

            @Override
            public ArchiveFilter fromString(String text) {
                return null;
            }
        });
        archive.setValue(query.get().archive());
        archive.valueProperty()
                .addListener((o, was, now) -> query.set(query.get().withArchive(now)));
        query.addListener((o, was, now) -> archive.setValue(now.archive()));
    }

    /** Header clicks change the query's order; the table shows the arrow but leaves the rows to the database. */
    public static void sorting(
            TableView<ProductRow> table, ProductListModel list, Map<TableColumn<ProductRow, ?>, SortKey> keys) {
        table.getColumns().forEach(column -> column.setSortable(keys.containsKey(column)));
        table.setSortPolicy(t -> {
            ObjectProperty<CatalogueQuery> query = list.queryProperty();
            if (t.getSortOrder().isEmpty()) {
                query.set(query.get().sortedBy(SortKey.SKU, false));
            } else {
                TableColumn<ProductRow, ?> first = t.getSortOrder().get(0);
                query.set(
                        query.get().sortedBy(keys.get(first), first.getSortType() == TableColumn.SortType.DESCENDING));
            }
            return true;
        });
    }
}
