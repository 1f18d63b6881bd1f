package org.stockroom.ui;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Draws a view model's field errors beside the controls with ControlsFX validation decorations. The rules
 * stay in the view model; this only paints them.
 */
public final class FieldDecorations {

    private final ValidationSupport support = new ValidationSupport();

    public FieldDecorations(ObservableMap<String, String> errors, Map<String, Control> controls) {
        support.setErrorDecorationEnabled(true);
        controls.forEach((field, control) -> support.registerValidator(control, false, (Validator<Object>)
                (c, value) -> ValidationResult.fromErrorIf(c, errors.get(field), errors.containsKey(field))));
        // Errors can also arrive from the service (a duplicate SKU), without the control changing.
        errors.addListener((MapChangeListener<String, String>) change -> support.revalidate());
    }
}
