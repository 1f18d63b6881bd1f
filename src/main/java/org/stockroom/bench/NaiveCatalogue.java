package org.stockroom.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javax.sql.DataSource;
import org.stockroom.domain.catalogue.SearchText;

/**
 * The comparison: what a desktop list usually does. Load every product into an ObservableList, wrap it in a
 * FilteredList and a SortedList, and let those search, filter and sort in memory. No FX thread here, so the
 * figures are the list work alone, without any rendering.
 */
final class NaiveCatalogue {

    record Row(
            long id,
            String sku,
            String name,
            String foldedName,
            String category,
            String barcode,
            long onHand,
            long reserved,
            long reorderPoint,
            boolean archived) {
        long available() {
            return onHand - reserved;
        }
    }

    private final DataSource dataSource;
    private final SplittableRandom random = new SplittableRandom(42);
    private FilteredList<Row> filtered;
    private SortedList<Row> sorted;

    NaiveCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    CatalogueResult run(long products, List<SampleProduct> sample) {
        double firstPage = CatalogueBenchmark.time(this::loadEverything);
        double heap = HeapUse.afterGcMb();
        Map<String, Double> search = new LinkedHashMap<>();
        search.put("skuPrefix", p95(sample, s -> {
            String prefix = s.sku().substring(0, Math.min(s.sku().length(), 5 + random.nextInt(4)));
            return r -> r.sku().startsWith(prefix);
        }));
        search.put("nameWord", p95(sample, s -> {
            String[] words = SearchText.fold(s.name()).split(" ");
            String word = words[random.nextInt(words.length)];
            String part = word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
            return r -> r.foldedName().contains(part);
        }));
        search.put("barcode", p95(sample, s -> r -> s.barcode().equals(r.barcode())));
        filtered.setPredicate(r -> !r.archived());
        Map<String, Comparator<Row>> orders = new LinkedHashMap<>();
        orders.put("NAME", Comparator.comparing(Row::name).thenComparing(Row::sku));
        orders.put("CATEGORY", Comparator.comparing(Row::category).thenComparing(Row::sku));
        orders.put("ON_HAND", Comparator.comparingLong(Row::onHand).thenComparing(Row::sku));
        orders.put("AVAILABLE", Comparator.comparingLong(Row::available).thenComparing(Row::sku));
        orders.put("REORDER_POINT", Comparator.comparingLong(Row::reorderPoint).thenComparing(Row::sku));
        Map<String, Double> sorts = new LinkedHashMap<>();
        orders.forEach((name, order) -> sorts.put(name, CatalogueBenchmark.time(() -> {
            sorted.setComparator(order.reversed());
            firstRows();
        })));
        sorted.setComparator(Comparator.comparing(Row::sku));
        Map<String, Double> filters = new LinkedHashMap<>();
        String category = sample.get(0).category();
        filters.put("category", timeFilter(r -> !r.archived() && r.category().equals(category)));
        filters.put("lowStock", timeFilter(r -> !r.archived() && r.available() <= r.reorderPoint()));
        filters.put("archived", timeFilter(Row::archived));
        return new CatalogueResult(
                products,
                firstPage,
                0,
                search,
                CatalogueBenchmark.max(sorts),
                sorts,
                CatalogueBenchmark.max(filters),
                filters,
                heap);
    }

    private void loadEverything() {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT p.id, p.sku, p.name, p.category, p.barcode, COALESCE(SUM(l.on_hand), 0),
                               COALESCE(SUM(l.reserved), 0), p.reorder_point, p.archived
                          FROM product p LEFT JOIN stock_level l ON l.product_id = p.id
                         GROUP BY p.id, p.sku, p.name, p.category, p.barcode, p.reorder_point, p.archived""")) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        SearchText.fold(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getBoolean(9)));
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ObservableList<Row> all = FXCollections.observableArrayList(rows);
        filtered = new FilteredList<>(all, r -> !r.archived());
        sorted = new SortedList<>(filtered, Comparator.comparing(Row::sku));
        firstRows();
    }

    private double p95(List<SampleProduct> sample, java.util.function.Function<SampleProduct, Predicate<Row>> make) {
        double[] ms = new double[CatalogueBenchmark.SAMPLES];
        for (int i = 0; i < ms.length; i++) {
            Predicate<Row> predicate = make.apply(sample.get(random.nextInt(sample.size())));
            ms[i] = timeFilter(predicate);
        }
        return CatalogueBenchmark.p95(ms);
    }

    private double timeFilter(Predicate<Row> predicate) {
        return CatalogueBenchmark.time(() -> {
            filtered.setPredicate(predicate);
            firstRows();
        });
    }

    /** What a table asks for to show its first screen. */
    private void firstRows() {
        for (int i = 0; i < Math.min(100, sorted.size()); i++) {
            sorted.get(i);
        }
    }
}
