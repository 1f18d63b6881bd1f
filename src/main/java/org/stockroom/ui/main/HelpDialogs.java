package org.stockroom.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.stockroom.service.VersionInfo;

/** Help > Keyboard and Help > About: plain text a person can read, select and copy. */
final class HelpDialogs {

    private HelpDialogs() {}

    static void keyboard(Window owner, String sheet) {
        show(owner, "Keyboard", "Keys of the main window", sheet, 16);
    }

    static void about(Window owner, String details) {
        show(owner, "About Stockroom", "Stockroom " + VersionInfo.version(), aboutText(details), 8);
    }

    /** What About shows: version, Java, and where the data and the log are. */
    static String aboutText(String details) {
        return "Version " + VersionInfo.version() + "\nJava " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")\n" + details;
    }

    private static void show(Window owner, String title, String header, String text, int rows) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(64);
        area.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }
}
