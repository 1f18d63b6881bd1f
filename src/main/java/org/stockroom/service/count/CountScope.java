package org.stockroom.service.count;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a count session covers. Locations: each whole location (every product with a stock level there); with a
 * category, only that category's products; with SKUs, only those products (at the given locations, or wherever
 * they have stock). At least one of the three must be given.
 */
public record CountScope(List<String> locationCodes, String category, List<String> skus) {

    public CountScope {
        locationCodes = locationCodes == null ? List.of() : List.copyOf(locationCodes);
        skus = skus == null ? List.of() : List.copyOf(skus);
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static CountScope locations(String... codes) {
        return new CountScope(List.of(codes), null, List.of());
    }

    public boolean isEmpty() {
        return locationCodes.isEmpty() && category == null && skus.isEmpty();
    }

    /** "Locations MAIN, SHOP; category Fasteners; 3 chosen products", as stored with the session. */
    public String describe() {
        StringBuilder words = new StringBuilder();
        if (!locationCodes.isEmpty()) {
            words.append(locationCodes.size() == 1 ? "Location " : "Locations ")
                    .append(String.join(", ", locationCodes));
        }
        if (category != null) {
            words.append(words.isEmpty() ? "" : "; ").append("category ").append(category);
        }
        if (!skus.isEmpty()) {
            words.append(words.isEmpty() ? "" : "; ")
                    .append(
                            skus.size() <= 3
                                    ? skus.stream().collect(Collectors.joining(", "))
                                    : skus.size() + " chosen products");
        }
        return words.toString();
    }
}
