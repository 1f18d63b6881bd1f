package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Properties;
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
        return new ImportOptions(
                kind,
                r,
                numberStyle,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withNumberStyle(NumberStyle s) {
        return new ImportOptions(
                kind,
                read,
                s,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withSavedMapping(Properties p) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                p,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withMapping(ColumnMapping m) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                m,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withCreate(boolean products, boolean locations) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                mapping,
                products,
                locations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withDefaultLocation(String code) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                code,
                stockMode,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withStockMode(StockMode m) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                m,
                goodRowsOnly,
                rejectsFile);
    }

    public ImportOptions withGoodRowsOnly(boolean good, Path rejects) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                good,
                rejects);
    }

    public ImportOptions withRejectsFile(Path rejects) {
        return new ImportOptions(
                kind,
                read,
                numberStyle,
                savedMapping,
                mapping,
                createProducts,
                createLocations,
                defaultLocation,
                stockMode,
                goodRowsOnly,
                rejects);
    }
}
