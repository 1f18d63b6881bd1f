package org.stockroom.ui.control;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.stockroom.service.location.LocationView;

/**
 * A location choice box's button: the chosen location by its code, which stays whole at any width, and its name on
 * hover; the open list shows code and name.
 */
public final class LocationCodeCell extends ListCell<LocationView> {

    @Override
    protected void updateItem(LocationView place, boolean empty) {
        super.updateItem(place, empty);
        setText(empty || place == null ? null : place.code());
        setTooltip(empty || place == null ? null : new Tooltip(place.toString()));
    }
}
