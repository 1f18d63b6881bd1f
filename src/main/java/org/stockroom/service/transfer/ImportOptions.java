package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;

/**
 * Everything a user can choose about one import; null means "find it out" (encoding, separator, number style,
 * mapping) or "none" (default location, rejects file).
 *
 * @param mapping the window's edited mapping; wins over {@code savedMapping}
 * @param goodRowsOnly import the rows that pass and skip the rest (the rejects file is written first)
 */
public record ImportOptions(
        ImportKind kind,
        ReadOptions read,
        NumberStyle numberStyle,
        Properties savedMapping,
        ColumnMapping mapping,
        boolean createProducts,
        boolean createLocations,
        String defaultLocation,
        StockMode stockMode,
        boolean goodRowsOnly,
        Path rejectsFile) {

    public static ImportOptions of(ImportKind kind) {
        return new ImportOptions(
                kind, ReadOptions.DETECT, null, null, null, false, false, null, StockMode.OPENING, false, null);
    }

    public ImportOptions withRead(ReadOptions r) {
        return changed(d -> d.read = r);
    }

    public ImportOptions withNumberStyle(NumberStyle s) {
        return changed(d -> d.numberStyle = s);
    }

    public ImportOptions withSavedMapping(Properties p) {
        return changed(d -> d.savedMapping = p);
    }

    public ImportOptions withMapping(ColumnMapping m) {
        return changed(d -> d.mapping = m);
    }

    public ImportOptions withCreate(boolean products, boolean locations) {
        return changed(d -> {
            d.createProducts = products;
            d.createLocations = locations;
        });
    }

    public ImportOptions withDefaultLocation(String code) {
        return changed(d -> d.defaultLocation = code);
    }

    public ImportOptions withStockMode(StockMode m) {
        return changed(d -> d.stockMode = m);
    }

    public ImportOptions withGoodRowsOnly(boolean good, Path rejects) {
        return changed(d -> {
            d.goodRowsOnly = good;
            d.rejectsFile = rejects;
        });
    }

    public ImportOptions withRejectsFile(Path rejects) {
        return changed(d -> d.rejectsFile = rejects);
    }

    /** A copy with {@code change} applied: the one place that lists every component, for all the withers. */
    private ImportOptions changed(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new ImportOptions(
                d.kind,
                d.read,
                d.numberStyle,
                d.savedMapping,
                d.mapping,
                d.createProducts,
                d.createLocations,
                d.defaultLocation,
                d.stockMode,
                d.goodRowsOnly,
                d.rejectsFile);
    }

    /** The components of one copy while a wither changes some of them. */
    private static final class Draft {
        final ImportKind kind;
        ReadOptions read;
        NumberStyle numberStyle;
        Properties savedMapping;
        ColumnMapping mapping;
        boolean createProducts;
        boolean createLocations;
        String defaultLocation;
        StockMode stockMode;
        boolean goodRowsOnly;
        Path rejectsFile;

        Draft(ImportOptions o) {
            kind = o.kind;
            read = o.read;
            numberStyle = o.numberStyle;
            savedMapping = o.savedMapping;
            mapping = o.mapping;
            createProducts = o.createProducts;
            createLocations = o.createLocations;
            defaultLocation = o.defaultLocation;
            stockMode = o.stockMode;
            goodRowsOnly = o.goodRowsOnly;
            rejectsFile = o.rejectsFile;
        }
    }
}
