package org.stockroom.ui.main;

import java.util.List;
import java.util.function.Consumer;
import org.stockroom.domain.access.Permission;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.stock.StockService;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.StockCommandSender;
import org.stockroom.ui.stock.StockDialogSubject;
import org.stockroom.ui.stock.StockMovementViewModel;

/** The forms the product list opens: a new product, an edit of the selected one, and its stock dialog. */
final class ProductForms {

    private final ProductService products;
    private final StockService stock;
    private final ReservationService reservations;
    private final CatalogueQueries catalogue;
    private final ReasonCodes reasons;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SignedInUser user;
    private final Runnable productsChanged;
    private final Consumer<String> stockSaved;
    private final Consumer<Throwable> failed;

    ProductForms(
            ProductService products,
            StockService stock,
            ReservationService reservations,
            CatalogueQueries catalogue,
            ReasonCodes reasons,
            TaskExecutor executor,
            DialogService dialogs,
            SignedInUser user,
            Runnable productsChanged,
            Consumer<String> stockSaved,
            Consumer<Throwable> failed) {
        this.products = products;
        this.stock = stock;
        this.reservations = reservations;
        this.catalogue = catalogue;
        this.reasons = reasons;
        this.executor = executor;
        this.dialogs = dialogs;
        this.user = user;
        this.productsChanged = productsChanged;
        this.stockSaved = stockSaved;
        this.failed = failed;
    }

    void newProduct() {
        dialogs.show(new ProductFormViewModel(products, executor, dialogs, null, user::actor, productsChanged));
    }

    void edit(ProductRow row) {
        if (row == null) {
            return;
        }
        executor.run(
                () -> products.find(row.id()).orElseThrow(),
                product -> dialogs.show(
                        new ProductFormViewModel(products, executor, dialogs, product, user::actor, productsChanged)),
                failed);
    }

    /** The stock dialog, with the product's levels, the locations and the adjustment reasons read first. */
    void stock(ProductRow row) {
        if (row == null || !user.allows(Permission.RECEIVE).get()) {
            return;
        }
        executor.run(
                () -> new Snapshot(
                        catalogue.stockLevels(row.id()), catalogue.locations(), reasons.active(ReasonUse.ADJUST)),
                snapshot -> dialogs.show(new StockMovementViewModel(
                        new StockCommandSender(stock, reservations, user::actor),
                        executor,
                        dialogs,
                        new StockDialogSubject(row, snapshot.levels(), snapshot.locations(), snapshot.reasons()),
                        user::whyNot,
                        stockSaved)),
                failed);
    }

    private record Snapshot(List<StockLevelView> levels, List<LocationView> locations, List<ReasonCode> reasons) {}
}
