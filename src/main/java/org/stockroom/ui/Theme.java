package org.stockroom.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** AtlantaFX's Primer Light as the base, plus Stockroom's own stylesheet. */
public final class Theme {

    private Theme() {}

    public static void applyToApplication() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** The application icon in the sizes window managers and taskbars pick from. */
    public static void applyIcon(Stage stage) {
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons()
                    .add(new Image(Theme.class
                            .getResource("icons/stockroom-" + size + ".png")
                            .toExternalForm()));
        }
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("stockroom.css").toExternalForm());
    }
}
