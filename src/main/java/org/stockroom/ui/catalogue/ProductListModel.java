package org.stockroom.ui.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.ui.TaskExecutor;

/**
 * The product list's state: the query (search, filters, sort) and its rows, fetched a page at a time off the FX
 * thread. Each change of query is a new generation; answers to older generations are dropped, so a slow older
 * search never overwrites a newer one.
 */
public final class ProductListModel {

    private final ProductCatalogue catalogue;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<CatalogueQuery> query = new SimpleObjectProperty<>(CatalogueQuery.everything());
    private final PagedList<ProductRow> rows;
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    /** True from a new query until its first page is back: an empty list then means "not yet", not "none". */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);

    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private long generation;
    private boolean firstPageShown;

    public ProductListModel(
            ProductCatalogue catalogue,
            java.util.function.Supplier<java.util.List<String>> locationCodes,
            TaskExecutor executor,
            Consumer<Throwable> onFailure) {
        this.catalogue = catalogue;
        this.locationCodeSource = locationCodes;
        this.executor = executor;
        this.onFailure = onFailure;
        this.rows = new PagedList<>(this::loadPage);
        query.addListener((o, was, now) -> {
            if (!now.equals(was)) {
                load(false);
            }
        });
    }

    /** A new query: start from the first page. */
    private void load(boolean keepPositions) {
        long mine = ++generation;
        CatalogueQuery asked = query.get();
        if (keepPositions) {
            countAndReload(mine, asked);
            return;
        }
        loading.set(true);
        // The first page first, so rows show before the (slower) count of all matches comes in.
        executor.run(
                () -> catalogue.page(asked, 0, PagedList.PAGE_SIZE),
                first -> firstPageArrived(mine, asked, first),
                error -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                    onFailure.accept(error);
                });
    }

    /**
     * The window's start: the unfiltered list's first page, read while the window was being built, shown at once (in
     * the window's first layout, not in a second one after it); then counted as any query is.
     */
    public void startWith(List<ProductRow> firstPage) {
        if (!query.get().equals(CatalogueQuery.everything())) {
            load(false); // the page read is not of this query
            return;
        }
        firstPageArrived(++generation, query.get(), firstPage);
    }

    private void firstPageArrived(long mine, CatalogueQuery asked, List<ProductRow> first) {
        if (mine != generation) {
            return;
        }
        loading.set(false);
        rows.replaceAll(mine, first.size());
        rows.pageLoaded(mine, 0, first);
        firstPageShown = true;
        if (first.size() < PagedList.PAGE_SIZE) {
            showCount(first.size());
            return;
        }
        countText.set("counting...");
        countAndReload(mine, asked);
    }

    /** Counts all matches, then gives the list its real length and prepares its deep pages. */
    private void countAndReload(long mine, CatalogueQuery asked) {
        executor.run(
                () -> catalogue.count(asked),
                count -> {
                    if (mine == generation) {
                        rows.reload(mine, clamp(count));
                        showCount(count);
                        prepareDeepPages(asked);
                    }
                },
                onFailure);
    }

    /** The same query again (after an edit, or live refresh): rows keep their places. */
    public void refresh() {
        load(rows.size() > 0);
    }

    /** The filters' choices: categories in use and location codes (a scan of the catalogue: not after each move). */
    public void loadChoices() {
        executor.run(catalogue::categories, categories::setAll, onFailure);
        executor.run(locationCodeSource::get, locationCodes::setAll, onFailure);
    }

    private final java.util.function.Supplier<java.util.List<String>> locationCodeSource;
    private final ObservableList<String> locationCodes = FXCollections.observableArrayList();

    public ObservableList<String> locationCodes() {
        return locationCodes;
    }

    private void loadPage(long forGeneration, long pageNumber, int offset, int limit, long ticket) {
        CatalogueQuery asked = query.get();
        // A fast scroll asks for many pages; those scrolled past before their turn are skipped, not queried.
        executor.run(
                () -> rows.isStale(ticket) ? null : catalogue.page(asked, offset, limit),
                page -> {
                    if (page == null) {
                        rows.pageSkipped(forGeneration, pageNumber);
                    } else {
                        rows.pageLoaded(forGeneration, pageNumber, page);
                    }
                },
                onFailure);
    }

    /** After the count: where deep pages start, read in the background (seconds at a million rows). */
    private void prepareDeepPages(CatalogueQuery asked) {
        executor.run(
                () -> {
                    catalogue.rememberPageStarts(asked);
                    return true;
                },
                done -> {},
                onFailure);
    }

    private void showCount(long count) {
        countText.set(count == 1 ? "1 product" : String.format(Locale.ROOT, "%,d products", count));
    }

    private static int clamp(long count) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** True once a first page has come back, even an empty one: the list shows what the database holds. */
    public boolean firstPageShown() {
        return firstPageShown;
    }

    public ObjectProperty<CatalogueQuery> queryProperty() {
        return query;
    }

    public PagedList<ProductRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ObservableList<String> categories() {
        return categories;
    }
}
