package org.stockroom.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the database opens in the background, or why it could not. */
public final class LoadingPane extends VBox {

    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label("Opening the stock database...");

    public LoadingPane() {
        setId("loadingPane");
        getStyleClass().add("loading-overlay");
        setAlignment(Pos.CENTER);
        progress.setMaxSize(48, 48);
        message.setId("loadingMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        getChildren().addAll(progress, message);
    }

    /** What the start is doing now ("Upgrading the database: step 3 of 13"), under the spinner. */
    public void step(String what) {
        if (!message.getStyleClass().contains("form-error")) {
            message.setText(what + "...");
        }
    }

    public void showFailure(Throwable error) {
        progress.setVisible(false);
        message.getStyleClass().add("form-error");
        message.setText("Stockroom could not open its database.\n\n" + error.getMessage()
                + "\n\nClose this window, fix the problem and start Stockroom again.");
    }
}
