package org.stockroom.ui.stock;

import java.util.List;
import java.util.Optional;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;

/** What the stock dialog was opened on: the product, its stock levels then, and the locations to choose from. */
public record StockDialogSubject(
        ProductRow product,
        List<StockLevelView> levels,
        List<LocationView> locations,
        List<org.stockroom.service.reason.ReasonCode> adjustReasons) {

    public StockDialogSubject {
        levels = List.copyOf(levels);
        locations = List.copyOf(locations);
        adjustReasons = List.copyOf(adjustReasons);
    }

    Optional<StockLevelView> levelAt(LocationView location) {
        return location == null
                ? Optional.empty()
                : levels.stream().filter(l -> l.locationId() == location.id()).findFirst();
    }

    /** MAIN if there is one, else the first location. */
    Optional<LocationView> defaultLocation() {
        return locations.stream()
                .filter(l -> l.code().equals("MAIN"))
                .findFirst()
                .or(() -> locations.stream().findFirst());
    }
}
