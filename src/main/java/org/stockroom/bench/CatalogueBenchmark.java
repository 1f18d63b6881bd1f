package org.stockroom.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.service.catalogue.ProductCatalogue;

/**
 * Times what the product list asks of the database on a real (generated) catalogue: the first page, searches of
 * each kind, sort and filter changes. Every figure is the time until the rows of the first page are in hand;
 * the count of all matches, which the list shows a moment later, is timed separately.
 */
public final class CatalogueBenchmark {

    static final int SAMPLES = 30;

    private final ProductCatalogue catalogue;
    private final SplittableRandom random = new SplittableRandom(42);

    public CatalogueBenchmark(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public CatalogueResult run(long products, List<SampleProduct> sample) {
        CatalogueQuery all = CatalogueQuery.everything();
        // Warm up with other queries: the JIT and H2's first page reads. Each figure below is then the first
        // run of its own query, because H2 answers a repeated identical query from its result cache.
        catalogue.page(all.sortedBy(SortKey.NAME, false), 500, 100);
        catalogue.page(all.withText("warmup"), 0, 100);
        double firstPage = time(() -> catalogue.page(all, 0, 100));
        double count = time(() -> catalogue.count(all));
        Map<String, Double> search = new LinkedHashMap<>();
        search.put("skuPrefix", p95(times(SAMPLES, () -> all.withText(skuPrefix(sample)))));
        search.put("nameWord", p95(times(SAMPLES, () -> all.withText(nameWord(sample)))));
        search.put("barcode", p95(times(SAMPLES, () -> all.withText(pick(sample).barcode()))));
        Map<String, Double> sorts = new LinkedHashMap<>();
        for (SortKey key : SortKey.values()) {
            sorts.put(key.name(), time(() -> catalogue.page(all.sortedBy(key, true), 0, 100)));
        }
        Map<String, Double> filters = new LinkedHashMap<>();
        String category = pick(sample).category();
        filters.put("category", time(() -> catalogue.page(all.withCategory(category), 0, 100)));
        filters.put("location", time(() -> catalogue.page(all.withLocation("YARD"), 0, 100)));
        filters.put("lowStock", time(() -> catalogue.page(all.withLowStockOnly(true), 0, 100)));
        filters.put("archived", time(() -> catalogue.page(all.withArchive(ArchiveFilter.ARCHIVED), 0, 100)));
        return new CatalogueResult(
                products, firstPage, count, search, max(sorts), sorts, max(filters), filters, HeapUse.afterGcMb());
    }

    private SampleProduct pick(List<SampleProduct> sample) {
        return sample.get(random.nextInt(sample.size()));
    }

    private String skuPrefix(List<SampleProduct> sample) {
        String sku = pick(sample).sku();
        return sku.substring(0, Math.min(sku.length(), 5 + random.nextInt(4)));
    }

    private String nameWord(List<SampleProduct> sample) {
        String[] words = pick(sample).name().split(" ");
        String word = words[random.nextInt(words.length)];
        return word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
    }

    private double[] times(int n, Supplier<CatalogueQuery> queries) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            CatalogueQuery query = queries.get();
            ms[i] = time(() -> catalogue.page(query, 0, 100));
        }
        return ms;
    }

    /** Milliseconds one run of {@code work} takes. */
    static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    static double max(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
