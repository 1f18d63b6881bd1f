package org.stockroom.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictView;
import org.stockroom.ui.conflict.ConflictViewModel;
import org.stockroom.ui.product.ProductFormView;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.AdjustStockView;
import org.stockroom.ui.stock.AdjustStockViewModel;

/** Dialogs as real modal windows, each owned by the window that opened it. */
public final class FxDialogService implements DialogService {

    private final ViewLoader loader;
    private final Deque<Window> owners = new ArrayDeque<>();

    public FxDialogService(Window mainWindow, ViewLoader loader) {
        this.loader = loader;
        owners.push(mainWindow);
    }

    @Override
    public void showError(String title, String message) {
        showMessage(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        showMessage(Alert.AlertType.INFORMATION, title, message);
    }

    private void showMessage(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owners.peek());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType decline = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, decline);
        alert.initOwner(owners.peek());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<ConflictChoice> resolveConflict(ConflictViewModel conflict) {
        ConflictView view = new ConflictView(conflict);
        showModal(loader.load(view), view.title());
        return Optional.of(view.choice());
    }

    @Override
    public void showProductForm(ProductFormViewModel form) {
        ProductFormView view = new ProductFormView(form);
        showModal(loader.load(view), view.title());
    }

    @Override
    public void showAdjustStock(AdjustStockViewModel form) {
        AdjustStockView view = new AdjustStockView(form);
        showModal(loader.load(view), view.title());
    }

    private void showModal(Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owners.peek());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Theme.applyIcon(stage);
        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        owners.push(stage);
        try {
            stage.showAndWait();
        } finally {
            owners.pop();
        }
    }
}
