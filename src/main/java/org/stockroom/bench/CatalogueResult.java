package org.stockroom.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The catalogue benchmark's figures for one way of listing products; milliseconds unless named otherwise. */
public record CatalogueResult(
        long products,
        double firstPageMs,
        double countMs,
        Map<String, Double> searchP95Ms,
        double sortChangeMs,
        Map<String, Double> sortMs,
        double filterChangeMs,
        Map<String, Double> filterMs,
        double heapMb) {

    String json() {
        return String.format(
                Locale.ROOT,
                "\"products\": %d, \"firstPageMs\": %.1f, \"countMs\": %.1f, "
                        + "\"searchP95Ms\": %s, \"sortChangeMs\": %.1f, \"sortMs\": %s, \"filterChangeMs\": %.1f, "
                        + "\"filterMs\": %s, \"heapMb\": %.0f",
                products,
                firstPageMs,
                countMs,
                object(searchP95Ms),
                sortChangeMs,
                object(sortMs),
                filterChangeMs,
                object(filterMs),
                heapMb);
    }

    private static String object(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "\"%s\": %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
