package org.stockroom.ui.main;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.stockroom.domain.scan.ScannedCode;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.transfer.ProductListExport;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.catalogue.ProductListModel;
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
    private final ScannedProductSearch scannedSearch;
    private final ProductListModel list;
    private final ReadOnlyObjectWrapper<ProductRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LedgerAuditStatus ledgerAudit;
    /** The product list and its detail: the page the window opens on, and the one a search or scan shows. */
    private final WindowPage products =
            WindowPage.of("products", "Products", "mdi2p-package-variant-closed", tools -> null);

    private final PageRegistry pages = new PageRegistry(products);
    private final ExportActions exports;
    private final ProductForms forms;

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
        this.forms = new ProductForms(
                services.products(),
                services.stock(),
                services.reservations(),
                services.catalogue(),
                services.reasonCodes(),
                executor,
                dialogs,
                user,
                this::refreshWithChoices,
                this::stockSaved,
                this::showFailure);
        this.ledgerAudit = new LedgerAuditStatus(services.audit(), executor, dialogs, java.time.Clock.systemUTC());
        this.list = new ProductListModel(
                services.productCatalogue(), services.productCatalogue()::locationCodes, executor, this::showFailure);
        this.scannedSearch = new ScannedProductSearch(services.products(), executor, list.rows(), this::select);
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
            scannedSearch.rowsChanged();
            if (list.firstPageShown()) {
                ledgerAudit.ready();
            }
        });
        // The next person after Switch user does not read what the window told the previous one.
        user.userProperty().addListener((o, was, now) -> {
            if (now == null) {
                status.set("");
                pages.signedOut();
            }
        });
        searchText.addListener((o, was, now) -> {
            pages.currentProperty().set(products); // a search is always for products
            list.queryProperty().set(list.queryProperty().get().withText(now));
        });
        products.onShow(this::refreshWithChoices);
    }

    /** The window's pages and which one shows. */
    public PageRegistry pages() {
        return pages;
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

    /** Called once the window shows: loads the list (behind the sign-in screen, if one shows). */
    public void start() {
        refreshWithChoices();
    }

    /** The same, with the list's first page already read (at start, beside the window's build). */
    public void start(List<ProductRow> firstPage) {
        list.startWith(firstPage);
        list.loadChoices();
    }

    /** On an empty database, asks whether to load the sample catalogue (after sign-in: someone is there). */
    public void offerSampleCatalogue() {
        new SampleOffer(services.sampleCatalogue(), executor, dialogs, user::actor, status::set, this::showFailure)
                .offer(this::refreshWithChoices);
    }

    /** Runs the ledger verifier in the background once the first rows show (so it never slows the start). */
    public void auditWhenFirstRowsShow() {
        ledgerAudit.runOnceReady(list.firstPageShown());
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
        list.loadChoices();
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
        forms.newProduct();
    }

    public void editSelected() {
        forms.edit(selected.get());
    }

    public void adjustSelected() {
        forms.stock(selected.get());
    }

    private void showFailure(Throwable error) {
        status.set("Failed: " + FailureText.of(error));
        if (FailureText.kindOf(error).isPresent()) {
            dialogs.showError("Not done", FailureText.of(error)); // a refusal in words: nothing to diagnose
        } else {
            dialogs.showUnexpected(
                    "working on the " + pages.currentProperty().get().title() + " page", error);
        }
    }

    /**
     * A scan from anywhere in the window goes to the page's workflow: the Counts page takes it as a count's
     * product or location; elsewhere it looks the product up (by SKU, barcode or GS1 GTIN) and searches for it.
     */
    public void scanned(ScannedCode scan) {
        if (!pages.dispatch(scan)) {
            scannedSearch.scanned(scan);
        }
    }

    /** A row the table should select and show (a scanned product's). */
    public ReadOnlyObjectProperty<ProductRow> selectRequestProperty() {
        return scannedSearch.selectRequestProperty();
    }

    /** What a scan asks the search field to show. */
    public ReadOnlyStringProperty scannedSearchProperty() {
        return scannedSearch.searchProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The rows of the whole list; rows not fetched yet are null until their page arrives. */
    public ObservableList<ProductRow> products() {
        return list.rows();
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
}
