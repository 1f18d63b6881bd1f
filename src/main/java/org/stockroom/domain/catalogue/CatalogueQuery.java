package org.stockroom.domain.catalogue;

/**
 * What the product list asks for: search text, filters and sort order. The database does the work; the list
 * only ever holds the rows around what is on screen.
 *
 * @param text SKU prefix, exact barcode, or words each starting a word of the name (blank: everything)
 * @param category exact category, or null for all
 * @param locationCode only products stocked at this location (and its figures in the stock columns), or null
 * @param lowStockOnly only products whose available stock is at or below their reorder point
 * @param archive which products by their archived flag
 */
public record CatalogueQuery(
        String text,
        String category,
        String locationCode,
        boolean lowStockOnly,
        ArchiveFilter archive,
        SortKey sort,
        boolean descending) {

    public static CatalogueQuery everything() {
        return new CatalogueQuery("", null, null, false, ArchiveFilter.ACTIVE, SortKey.SKU, false);
    }

    /** The search text without surrounding blanks; empty when nothing was typed. */
    public String searchText() {
        return text == null ? "" : text.strip();
    }

    public CatalogueQuery withText(String newText) {
        return new CatalogueQuery(newText, category, locationCode, lowStockOnly, archive, sort, descending);
    }

    public CatalogueQuery withCategory(String newCategory) {
        return new CatalogueQuery(text, newCategory, locationCode, lowStockOnly, archive, sort, descending);
    }

    public CatalogueQuery withLocation(String newLocationCode) {
        return new CatalogueQuery(text, category, newLocationCode, lowStockOnly, archive, sort, descending);
    }

    public CatalogueQuery withLowStockOnly(boolean only) {
        return new CatalogueQuery(text, category, locationCode, only, archive, sort, descending);
    }

    public CatalogueQuery withArchive(ArchiveFilter newArchive) {
        return new CatalogueQuery(text, category, locationCode, lowStockOnly, newArchive, sort, descending);
    }

    public CatalogueQuery sortedBy(SortKey newSort, boolean newDescending) {
        return new CatalogueQuery(text, category, locationCode, lowStockOnly, archive, newSort, newDescending);
    }

    /** Which products to list by their archived flag. */
    public enum ArchiveFilter {
        ACTIVE,
        ARCHIVED,
        ALL
    }

    /** The columns the list can be sorted by. */
    public enum SortKey {
        SKU,
        NAME,
        CATEGORY,
        UNIT,
        REORDER_POINT,
        ON_HAND,
        RESERVED,
        AVAILABLE
    }
}
