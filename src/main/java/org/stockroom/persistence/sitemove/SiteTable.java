package org.stockroom.persistence.sitemove;

import java.util.List;

/**
 * One table as the site copy handles it. {@code identity}: its {@code id} is generated, so the target's generator is
 * moved past the copied ids. {@code filledAfterwards}: a column referring to the same table, set once every row is
 * in (a reversal names the command it reverses, which may come later in key order), by the row's {@code key}.
 */
record SiteTable(String name, boolean identity, String key, List<String> filledAfterwards) {

    static SiteTable generated(String name) {
        return new SiteTable(name, true, "id", List.of());
    }

    static SiteTable keyed(String name) {
        return new SiteTable(name, false, null, List.of());
    }
}
