package org.stockroom.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.stockroom.service.Backend;
import org.stockroom.ui.FxDialogService;
import org.stockroom.ui.ViewLoader;
import org.stockroom.ui.conflict.ConflictView;
import org.stockroom.ui.conflict.ConflictViewModel;
import org.stockroom.ui.main.MainServices;
import org.stockroom.ui.product.ProductFormView;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.ReverseView;
import org.stockroom.ui.stock.ReverseViewModel;
import org.stockroom.ui.stock.StockMovementView;
import org.stockroom.ui.stock.StockMovementViewModel;

/** What the main window is given from an open database: its services, and the dialogs it can open. */
final class WindowServices {

    private WindowServices() {}

    /** The main view model's narrow services: the window never reaches into the backend itself. */
    static MainServices main(Backend opened) {
        return new MainServices(
                opened.catalogue(),
                opened.productCatalogue(),
                opened.ledger(),
                opened.products(),
                opened.stock(),
                opened.sampleCatalogue(),
                opened.reservations(),
                opened.audit(),
                opened.auditTrail(),
                opened.reasonCodes(),
                opened.reversals(),
                opened.productExport(),
                opened.stockExport());
    }

    /** The dialogs over {@code stage}, each view model with the view that shows it. */
    static FxDialogService dialogs(Stage stage, ViewLoader viewLoader, Path logFile) {
        FxDialogService dialogs = new FxDialogService(stage, viewLoader, logFile);
        dialogs.register(ProductFormViewModel.class, ProductFormView::new);
        dialogs.register(StockMovementViewModel.class, StockMovementView::new);
        dialogs.register(ReverseViewModel.class, ReverseView::new);
        dialogs.register(ConflictViewModel.class, ConflictView::new);
        return dialogs;
    }
}
