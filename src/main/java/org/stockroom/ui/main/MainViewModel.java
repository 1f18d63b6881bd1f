package org.stockroom.ui.main;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.transfer.ProductListExport;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.catalogue.ProductListModel;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.StockCommandSender;
import org.stockroom.ui.stock.StockDialogSubject;
import org.stockroom.ui.stock.StockMovementViewModel;
import org.stockroom.ui.transfer.ExportActions;

/**
 * The main window's state: the product list with its search, the selected product's stock and history, and
 * the commands that open the forms. All database work goes through the task executor.
 */
public final class MainViewModel {

    private final MainServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SignedInUser user;
    private final Runnable switchUser;
    private final String databaseName;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final javafx.beans.property.ReadOnlyStringWrapper scannedSearch =
            new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ProductListModel list;
    private final ObservableList<String> locationCodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProductRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LedgerAuditStatus ledgerAudit;
    private boolean auditRequested;
    /** The product list and its detail: the page the window opens on, and the one a search or scan shows. */
    private final WindowPage products =
            WindowPage.of("products", "Products", "mdi2p-package-variant-closed", tools -> null);

    private final ObjectProperty<WindowPage> page = new SimpleObjectProperty<>(products);
    private final ObservableList<WindowPage> pages = FXCollections.observableArrayList(products);
    private final ExportActions exports;

    private final ProductDetailViewModel detail;

    public MainViewModel(
            MainServices services,
            TaskExecutor executor,
            DialogService dialogs,
            SignedInUser user,
            Runnable switchUser,
            String databaseName) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.user = user;
        this.switchUser = switchUser;
        this.databaseName = databaseName;
        this.detail = new ProductDetailViewModel(
                services.products()::find,
                services.catalogue(),
                services.reservations(),
                services.ledger(),
                services.auditTrail(),
                services.reversals(),
                services.reasonCodes(),
                executor,
                dialogs,
                user::actor,
                this::refresh,
                this::showFailure);
        this.ledgerAudit = new LedgerAuditStatus(services.audit(), executor, dialogs, java.time.Clock.systemUTC());
        this.list = new ProductListModel(services.productCatalogue(), executor, this::showFailure);
        this.exports = new ExportActions(
                services.productExport(),
                new ProductListExport(services.productCatalogue()),
                list.queryProperty()::get,
                services.stockExport(),
                executor,
                dialogs,
                status::set,
                java.text.DecimalFormatSymbols.getInstance());
        // When the selected product's row comes back with new figures, the selection shows them.
        list.rows().addListener((ListChangeListener<ProductRow>) change -> {
            followSelectedRow();
            selectScannedWhenListed();
            if (auditRequested && list.firstPageShown()) {
                auditRequested = false;
                ledgerAudit.runNow();
            }
        });
        // The next person after Switch user does not read what the window told the previous one.
        user.userProperty().addListener((o, was, now) -> {
            if (now == null) {
                status.set("");
                pages.forEach(WindowPage::signedOut);
            }
        });
        searchText.addListener((o, was, now) -> {
            page.set(products); // a search is always for products
            list.queryProperty().set(list.queryProperty().get().withText(now));
        });
        products.onShow(this::refreshWithChoices);
        page.addListener((o, was, now) -> now.shown());
    }

    /** Adds pages after Products, in sidebar order (from the composition root, which builds their models). */
    public void addPages(java.util.List<WindowPage> more) {
        pages.addAll(more);
    }

    /** Every page, Products first, in sidebar order. */
    public ObservableList<WindowPage> pages() {
        return FXCollections.unmodifiableObservableList(pages);
    }

    public WindowPage productsPage() {
        return products;
    }

    /** Shows the page with {@code key} ("counts"), if there is one. */
    public void show(String key) {
        pages.stream().filter(p -> p.key().equals(key)).findFirst().ifPresent(page::set);
    }

    /** False where keys typed fast are typing (a file path on the Import page, the Scanner page's test). */
    public boolean takesScans() {
        return page.get().takesScans();
    }

    public ExportActions exports() {
        return exports;
    }

    /** The first user added on a database without users: from now on the window needs a sign-in. */
    public void usersChanged() {
        if (!user.usersExistProperty().get()) {
            user.usersAdded();
            switchUser.run();
        }
    }

    public ObjectProperty<WindowPage> pageProperty() {
        return page;
    }

    /**
     * Called once the window shows: loads the list (behind the sign-in screen, if one shows), and offers the sample
     * catalogue on an empty database unless nobody is there to answer (a start-up measurement).
     */
    public void start(boolean offerSample) {
        refreshWithChoices();
        if (offerSample) {
            offerSampleCatalogue();
        }
    }

    /** On an empty database, asks whether to load the sample catalogue (after sign-in: someone is there). */
    public void offerSampleCatalogue() {
        executor.run(
                services.sampleCatalogue()::isWanted,
                wanted -> {
                    if (wanted
                            && dialogs.confirm(
                                    "Welcome to Stockroom",
                                    "This stock database is empty. Load a sample catalogue (36 products in three locations, "
                                            + "with some history) to try Stockroom out? You can archive them later.",
                                    "Load sample catalogue")) {
                        status.set("Loading the sample catalogue...");
                        executor.run(
                                () -> {
                                    services.sampleCatalogue().load(user.actor());
                                    return true;
                                },
                                done -> refreshWithChoices(),
                                this::showFailure);
                    }
                },
                this::showFailure);
    }

    /**
     * Runs the ledger verifier in the background once the first rows show (so it never slows the start) and
     * puts its verdict in the status bar.
     */
    public void auditWhenFirstRowsShow() {
        if (list.firstPageShown()) {
            ledgerAudit.runNow();
        } else {
            auditRequested = true;
        }
    }

    /** The status bar's ledger audit. */
    public LedgerAuditStatus ledgerAudit() {
        return ledgerAudit;
    }

    /** A stock movement was saved: the list and detail show it, and the status line says what it was. */
    private void stockSaved(String what) {
        refresh();
        status.set(what + " " + java.time.LocalTime.now().withNano(0));
    }

    /** The same list again, rows in their places (selection and scroll position stay); the detail reloads. */
    public void refresh() {
        status.set("");
        list.refresh();
        detail.show(selected.get());
    }

    /**
     * A refresh that also reloads the filter choices. Only product saves and page switches need it: the
     * category list is a scan of the whole catalogue, wasted after a stock movement.
     */
    public void refreshWithChoices() {
        refresh();
        list.loadCategories();
        executor.run(
                () -> services.catalogue().locations().stream()
                        .map(LocationView::code)
                        .toList(),
                locationCodes::setAll,
                this::showFailure);
    }

    private void followSelectedRow() {
        ProductRow current = selected.get();
        if (current == null) {
            return;
        }
        int index = list.rows().indexOfLoaded(row -> row != null && row.id() == current.id());
        if (index >= 0 && !current.equals(list.rows().get(index))) {
            selected.set(list.rows().get(index));
        }
    }

    /** The view reports the table's selection here; the refresh's own transient clearing is ignored. */
    public void select(ProductRow row) {
        ProductRow was = selected.get();
        selected.set(row);
        if (row == null || was == null || was.id() != row.id()) {
            detail.show(row);
        }
    }

    public void newProduct() {
        dialogs.show(new ProductFormViewModel(
                services.products(), executor, dialogs, null, user::actor, this::refreshWithChoices));
    }

    public void editSelected() {
        ProductRow row = selected.get();
        if (row == null) {
            return;
        }
        executor.run(
                () -> services.products().find(row.id()).orElseThrow(),
                product -> dialogs.show(new ProductFormViewModel(
                        services.products(), executor, dialogs, product, user::actor, this::refreshWithChoices)),
                this::showFailure);
    }

    public void adjustSelected() {
        ProductRow row = selected.get();
        if (row == null || !user.allows(Permission.RECEIVE).get()) {
            return;
        }
        executor.run(
                () -> new StockSnapshot(
                        services.catalogue().stockLevels(row.id()),
                        services.catalogue().locations(),
                        services.reasonCodes().active(org.stockroom.service.reason.ReasonUse.ADJUST)),
                snapshot -> dialogs.show(new StockMovementViewModel(
                        new StockCommandSender(services.stock(), services.reservations(), user::actor),
                        executor,
                        dialogs,
                        new StockDialogSubject(row, snapshot.levels(), snapshot.locations(), snapshot.reasons()),
                        user::whyNot,
                        this::stockSaved)),
                this::showFailure);
    }

    private void showFailure(Throwable error) {
        status.set("Failed: " + FailureText.of(error));
        if (FailureText.kindOf(error).isPresent()) {
            dialogs.showError("Not done", FailureText.of(error)); // a refusal in words: nothing to diagnose
        } else {
            dialogs.showUnexpected("working on the " + page.get().title() + " page", error);
        }
    }

    /**
     * A scan from anywhere in the window goes to the page's workflow: the Counts page takes it as a count's
     * product or location; elsewhere it looks the product up (by SKU, barcode or GS1 GTIN) and searches for it.
     */
    public void scanned(ScannedCode scan) {
        java.util.function.Consumer<ScannedCode> handler = page.get().scanHandler();
        if (handler != null) {
            handler.accept(scan);
            return;
        }
        executor.run(
                () -> services.products().findByAnyCode(scan.productKeys()),
                found -> {
                    scannedProductId = found.map(product -> product.id()).orElse(null);
                    scannedSearch.set("");
                    scannedSearch.set(
                            found.map(product -> product.details().sku()).orElse(scan.text()));
                    selectScannedWhenListed();
                },
                error -> scannedSearch.set(scan.text()));
    }

    /** What a scan asks the search field to show (the view copies it in; the field then searches). */
    /** The product a scan found, until its row is in the list and selected. */
    private Long scannedProductId;

    private final ReadOnlyObjectWrapper<ProductRow> selectRequest = new ReadOnlyObjectWrapper<>();

    /** Selects the scanned product once the list holds its row: the detail pane then shows its stock and history. */
    private void selectScannedWhenListed() {
        Long wanted = scannedProductId;
        if (wanted == null) {
            return;
        }
        int index = list.rows().indexOfLoaded(row -> row != null && row.id() == wanted);
        if (index >= 0) {
            scannedProductId = null;
            ProductRow row = list.rows().get(index);
            select(row);
            selectRequest.set(null);
            selectRequest.set(row);
        }
    }

    /** A row the table should select and show (a scanned product's). */
    public javafx.beans.property.ReadOnlyObjectProperty<ProductRow> selectRequestProperty() {
        return selectRequest.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty scannedSearchProperty() {
        return scannedSearch.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The rows of the whole list; rows not fetched yet are null until their page arrives. */
    public ObservableList<ProductRow> products() {
        return list.rows();
    }

    public ObservableList<String> locationCodes() {
        return locationCodes;
    }

    public ProductListModel list() {
        return list;
    }

    public ReadOnlyObjectProperty<ProductRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ProductDetailViewModel detail() {
        return detail;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    /** Who sits at the window, and what their role may do. */
    public SignedInUser user() {
        return user;
    }

    /** "Switch user": back to the sign-in screen, the window and its open forms as they are. */
    public void switchUser() {
        switchUser.run();
    }

    /** Which database the window works on: a folder or a server. */
    public String databaseName() {
        return databaseName;
    }

    private record StockSnapshot(
            List<StockLevelView> levels,
            List<LocationView> locations,
            List<org.stockroom.service.reason.ReasonCode> reasons) {}
}
