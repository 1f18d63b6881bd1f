package org.stockroom.ui.control;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The parts every form dialog shares: its message line, a Save that waits while busy, closing on request. */
public final class FormWindow {

    private FormWindow() {}

    public static void bind(
            Label message,
            Button save,
            ReadOnlyStringProperty messageText,
            ReadOnlyBooleanProperty busy,
            ReadOnlyBooleanProperty closed) {
        message.textProperty().bind(messageText);
        save.disableProperty().bind(busy);
        closed.addListener((o, was, now) -> {
            if (now) {
                ((Stage) save.getScene().getWindow()).close();
            }
        });
    }
}
