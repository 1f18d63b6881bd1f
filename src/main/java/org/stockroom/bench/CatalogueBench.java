package org.stockroom.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.stockroom.service.Backend;

/** Runs the catalogue benchmark: Stockroom's paged list first, then the naive in-memory list, same process. */
public final class CatalogueBench {

    private final Backend backend;
    private final boolean naive;
    private final Consumer<String> progress;

    public CatalogueBench(Backend backend, boolean naive, Consumer<String> progress) {
        this.backend = backend;
        this.naive = naive;
        this.progress = progress;
    }

    public List<String> run(boolean json) throws SQLException {
        long products = backend.catalogue().productCount();
        List<SampleProduct> sample = SampleProduct.spread(backend.database().dataSource(), products, 200);
        progress.accept(String.format(Locale.ROOT, "%,d products; timing the paged list ...", products));
        CatalogueResult paged = new CatalogueBenchmark(backend.productCatalogue()).run(products, sample);
        if (naive) {
            progress.accept("Timing the naive list (everything in memory) ...");
        }
        CatalogueResult inMemory =
                naive ? new NaiveCatalogue(backend.database().dataSource()).run(products, sample) : null;
        if (json) {
            return List.of("{" + paged.json() + ", \"machine\": \"" + BenchReport.machine() + "\""
                    + (inMemory == null ? "" : ", \"naive\": {" + inMemory.json() + "}") + "}");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-22s %14s %14s", "", "paged (ms)", "naive (ms)"));
        line(lines, "first page", paged.firstPageMs(), inMemory == null ? null : inMemory.firstPageMs());
        line(lines, "count of all", paged.countMs(), null);
        paged.searchP95Ms()
                .forEach((kind, ms) -> line(
                        lines,
                        "search p95 " + kind,
                        ms,
                        inMemory == null ? null : inMemory.searchP95Ms().get(kind)));
        paged.sortMs()
                .forEach((key, ms) -> line(
                        lines,
                        "sort " + key,
                        ms,
                        inMemory == null ? null : inMemory.sortMs().get(key)));
        paged.filterMs()
                .forEach((key, ms) -> line(
                        lines,
                        "filter " + key,
                        ms,
                        inMemory == null ? null : inMemory.filterMs().get(key)));
        lines.add(String.format(
                Locale.ROOT,
                "%-22s %14.0f %14s",
                "heap MB",
                paged.heapMb(),
                inMemory == null ? "-" : String.format(Locale.ROOT, "%.0f", inMemory.heapMb())));
        return lines;
    }

    private static void line(List<String> lines, String what, double paged, Double naive) {
        lines.add(String.format(
                Locale.ROOT,
                "%-22s %14.1f %14s",
                what,
                paged,
                naive == null ? "-" : String.format(Locale.ROOT, "%.1f", naive)));
    }
}
