package org.stockroom.domain.transfer;

import static org.stockroom.domain.transfer.ImportKind.LOCATIONS;
import static org.stockroom.domain.transfer.ImportKind.PRODUCTS;
import static org.stockroom.domain.transfer.ImportKind.STOCK;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A field an import can fill. Its {@link #header()} is what exports and templates write; its synonyms are the
 * headers other systems and people use for it (normalised, see {@link HeaderNames}), best first: when a file has
 * two of them (InvenTree's "Part" id and "Part.Name"), the earlier one in this list wins.
 */
public enum ImportField {
    SKU(
            "SKU",
            CellType.TEXT,
            EnumSet.of(PRODUCTS, STOCK),
            List.of(
                    "sku",
                    "skucode",
                    "itemcode",
                    "itemno",
                    "itemnumber",
                    "articlenumber",
                    "articleno",
                    "artikelnummer",
                    "artikelnr",
                    "artnr",
                    "partnumber",
                    "partno",
                    "internalreference",
                    "defaultcode",
                    "ipn",
                    "partipn",
                    "productcode",
                    "productnumber",
                    "productreference",
                    "reference",
                    "materialnumber",
                    "materialnummer",
                    "code",
                    "item",
                    "article",
                    "artikel",
                    "part")),
    NAME(
            "Name",
            CellType.TEXT,
            EnumSet.of(PRODUCTS, STOCK),
            List.of(
                    "name",
                    "productname",
                    "itemname",
                    "partname",
                    "articlename",
                    "artikelname",
                    "bezeichnung",
                    "artikelbezeichnung",
                    "benennung",
                    "title",
                    "description",
                    "itemdescription",
                    "productdescription",
                    "partdescription",
                    "beschreibung")),
    CATEGORY(
            "Category",
            CellType.TEXT,
            EnumSet.of(PRODUCTS, STOCK),
            // "Category Name" before "Category": InvenTree's "Category" is the category's database id
            List.of(
                    "categoryname",
                    "categorypath",
                    "productcategory",
                    "category",
                    "itemcategory",
                    "productgroup",
                    "itemgroup",
                    "group",
                    "kategorie",
                    "warengruppe",
                    "artikelgruppe",
                    "produktgruppe",
                    "family")),
    UNIT(
            "Unit",
            CellType.TEXT,
            EnumSet.of(PRODUCTS, STOCK),
            List.of(
                    "unit",
                    "units",
                    "uom",
                    "unitofmeasure",
                    "unitofmeasurement",
                    "baseunit",
                    "stockunit",
                    "einheit",
                    "mengeneinheit",
                    "basiseinheit",
                    "me")),
    BARCODE(
            "Barcode",
            CellType.TEXT,
            EnumSet.of(PRODUCTS, STOCK),
            List.of("barcode", "ean", "ean13", "eancode", "gtin", "upc", "upccode", "barcodenumber", "strichcode")),
    UNIT_COST(
            "Unit cost",
            CellType.DECIMAL,
            EnumSet.of(PRODUCTS, STOCK),
            List.of(
                    "unitcost",
                    "cost",
                    "costprice",
                    "standardprice",
                    "standardcost",
                    "purchaseprice",
                    "buyprice",
                    "averagecost",
                    "einkaufspreis",
                    "ekpreis",
                    "ek",
                    "einstandspreis",
                    "kosten")),
    REORDER_POINT(
            "Reorder point",
            CellType.WHOLE,
            EnumSet.of(PRODUCTS, STOCK),
            List.of(
                    "reorderpoint",
                    "reorderlevel",
                    "reorderqty",
                    "minimumstock",
                    "minstock",
                    "minimumquantity",
                    "minqty",
                    "safetystock",
                    "lowstock",
                    "mindestbestand",
                    "meldebestand",
                    "sicherheitsbestand")),
    ARCHIVED("Archived", CellType.BOOLEAN, EnumSet.of(PRODUCTS), List.of("archived", "discontinued", "obsolete")),
    ACTIVE("Active", CellType.BOOLEAN, EnumSet.of(PRODUCTS), List.of("active", "isactive", "aktiv")),
    LOCATION(
            "Location",
            CellType.TEXT,
            EnumSet.of(LOCATIONS, STOCK),
            List.of(
                    "locationcode",
                    "location",
                    "locationpath",
                    "bin",
                    "bincode",
                    "binlocation",
                    "storagebin",
                    "storagelocation",
                    "warehouse",
                    "warehousecode",
                    "lagerort",
                    "lagerplatz",
                    "stellplatz",
                    "lager",
                    "stocklocation",
                    "loc")),
    LOCATION_NAME(
            "Location name",
            CellType.TEXT,
            EnumSet.of(LOCATIONS, STOCK),
            List.of("locationname", "binname", "warehousename", "lagerortname", "lagerortbezeichnung")),
    QUANTITY(
            "Quantity",
            CellType.WHOLE,
            EnumSet.of(STOCK),
            List.of(
                    "quantity",
                    "qty",
                    "quantityonhand",
                    "qtyonhand",
                    "onhand",
                    "onhandquantity",
                    "counted",
                    "countedquantity",
                    "count",
                    "physicalquantity",
                    "stocklevel",
                    "stock",
                    "instock",
                    "menge",
                    "bestand",
                    "lagerbestand",
                    "istbestand",
                    "zaehlmenge",
                    "anzahl",
                    "amount")),
    IN_STOCK("In stock", CellType.BOOLEAN, EnumSet.of(STOCK), List.of("instock", "isinstock"));

    /** What a cell of the field holds, for choosing between columns and for checking values. */
    public enum CellType {
        TEXT,
        WHOLE,
        DECIMAL,
        BOOLEAN
    }

    private final String header;
    private final CellType type;
    private final Set<ImportKind> kinds;
    private final List<String> synonyms;

    ImportField(String header, CellType type, Set<ImportKind> kinds, List<String> synonyms) {
        this.header = header;
        this.type = type;
        this.kinds = kinds;
        this.synonyms = synonyms;
    }

    public String header() {
        return header;
    }

    public CellType type() {
        return type;
    }

    public Set<ImportKind> kinds() {
        return kinds;
    }

    /**
     * Its header names for {@code kind}, best first. A locations file's plain "Code" and "Name" are the location's;
     * in a product or stock file they are the product's.
     */
    public List<String> synonyms(ImportKind kind) {
        if (kind == LOCATIONS && this == LOCATION) {
            return concat(synonyms, List.of("code", "id", "number"));
        }
        if (kind == LOCATIONS && this == LOCATION_NAME) {
            return concat(synonyms, List.of("name", "description", "bezeichnung", "title"));
        }
        return synonyms;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
