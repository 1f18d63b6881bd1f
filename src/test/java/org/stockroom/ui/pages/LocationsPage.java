package org.stockroom.ui.pages;

import java.util.List;
import javafx.scene.control.TableView;
import org.stockroom.service.location.LocationSummary;

/** The Locations page: its table and the form that adds a location. */
public final class LocationsPage {

    private final FxDriver fx;

    public LocationsPage(FxDriver fx) {
        this.fx = fx;
    }

    public LocationsPage open() {
        fx.click("locationsNav");
        return this;
    }

    /** Codes in the table; none while it is not loaded. */
    @SuppressWarnings("unchecked")
    public List<String> codes() {
        return fx.find("locationTable", TableView.class)
                .map(t -> fx.onFxThread(() -> ((TableView<LocationSummary>) t)
                        .getItems().stream().map(LocationSummary::code).toList()))
                .orElse(List.of());
    }

    public void add(String code, String name) {
        fx.type("locationCodeField", code);
        fx.type("locationNameField", name);
        fx.click("addLocationButton");
    }
}
