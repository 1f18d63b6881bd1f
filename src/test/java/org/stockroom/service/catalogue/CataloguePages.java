package org.stockroom.service.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.catalogue.CatalogueQuery;

/** Reads a whole product list the way the window does: page after page, until a page comes back short. */
public final class CataloguePages {

    private CataloguePages() {}

    public static List<ProductRow> all(ProductCatalogue catalogue, CatalogueQuery query, int pageSize) {
        List<ProductRow> rows = new ArrayList<>();
        for (long offset = 0; ; offset += pageSize) {
            List<ProductRow> page = catalogue.page(query, offset, pageSize);
            rows.addAll(page);
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }

    public static List<Long> ids(ProductCatalogue catalogue, CatalogueQuery query, int pageSize) {
        return all(catalogue, query, pageSize).stream().map(ProductRow::id).toList();
    }
}
