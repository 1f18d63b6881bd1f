package org.stockroom.domain.transfer;

import java.util.EnumSet;
import java.util.Set;

/** What a file is imported as; each kind has the fields it needs and the ones it may also carry. */
public enum ImportKind {
    PRODUCTS,
    LOCATIONS,
    STOCK;

    /** Without a column for each of these a file cannot be imported as this kind. */
    public Set<ImportField> required() {
        // a switch, not a constructor argument: ImportField's constants refer to these, so these cannot to them
        return switch (this) {
            case PRODUCTS -> EnumSet.of(ImportField.SKU);
            case LOCATIONS -> EnumSet.of(ImportField.LOCATION);
            case STOCK -> EnumSet.of(ImportField.SKU, ImportField.QUANTITY);
        };
    }

    /** The fields this kind reads, in the order a template lists them. */
    public java.util.List<ImportField> fields() {
        return java.util.Arrays.stream(ImportField.values())
                .filter(f -> f.kinds().contains(this))
                .toList();
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
