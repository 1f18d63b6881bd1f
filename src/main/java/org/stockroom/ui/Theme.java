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

    /** A window's icons: its owner's, already decoded, when it has them; else decoded as {@link #applyIcon}. */
    public static void applyIcon(Stage stage, javafx.stage.Window owner) {
        if (owner instanceof Stage ownerStage && !ownerStage.getIcons().isEmpty()) {
            stage.getIcons().setAll(ownerStage.getIcons());
        } else {
            applyIcon(stage);
        }
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
