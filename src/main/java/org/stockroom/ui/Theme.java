package org.stockroom.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer Light as the base, plus Stockroom's own stylesheet. */
public final class Theme {

    private Theme() {
    }

    public static void applyToApplication() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("stockroom.css").toExternalForm());
    }
}
