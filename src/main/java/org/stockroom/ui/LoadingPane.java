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

    public void showFailure(Throwable error) {
        progress.setVisible(false);
        message.getStyleClass().add("form-error");
        message.setText("Stockroom could not open its database.\n\n" + error.getMessage()
                + "\n\nClose this window, fix the problem and start Stockroom again.");
    }
}
