package org.stockroom.ui.main;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.ui.ViewLoader;
import org.stockroom.ui.access.PermissionGate;
import org.stockroom.ui.admin.AdministrationView;
import org.stockroom.ui.admin.ReasonCodesView;
import org.stockroom.ui.audit.AuditView;
import org.stockroom.ui.backup.BackupsView;
import org.stockroom.ui.catalogue.CatalogueControls;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.count.CountsView;
import org.stockroom.ui.location.LocationsView;
import org.stockroom.ui.movements.MovementsView;
import org.stockroom.ui.scan.ScanView;
import org.stockroom.ui.scan.ScannerTestView;
import org.stockroom.ui.settings.ConnectionView;
import org.stockroom.ui.transfer.ImportView;

/** Code-behind of Main.fxml: binds the tables and buttons to the {@link MainViewModel}. */
public final class MainView {

    static final double ROW_HEIGHT = 38;

    private final MainViewModel model;
    private final ViewLoader loader;
    private final PermissionGate gate;

    @FXML
    private ToggleButton productsNav;

    @FXML
    private ToggleButton locationsNav;

    @FXML
    private ToggleButton connectionNav;

    @FXML
    private ToggleButton countsNav;

    @FXML
    private ToggleButton scanNav;

    @FXML
    private ToggleButton scannerNav;

    @FXML
    private ToggleButton movementsNav;

    @FXML
    private ToggleButton importNav;

    @FXML
    private StackPane importNavHolder;

    @FXML
    private ToggleButton auditNav;

    @FXML
    private ToggleButton adminNav;

    @FXML
    private Node auditNavHolder;

    @FXML
    private Node adminNavHolder;

    @FXML
    private Node backupsNavHolder;

    @FXML
    private Button newButton;

    @FXML
    private Node newButtonHolder;

    @FXML
    private Node editButtonHolder;

    @FXML
    private Node adjustButtonHolder;

    @FXML
    private Node productsPage;

    @FXML
    private StackPane pages;

    @FXML
    private StackPane detailHolder;

    @FXML
    private TextField searchField;

    @FXML
    private ComboBox<String> categoryFilter;

    @FXML
    private ComboBox<String> locationFilter;

    @FXML
    private CheckBox lowStockFilter;

    @FXML
    private ChoiceBox<ArchiveFilter> archiveFilter;

    @FXML
    private Button editButton;

    @FXML
    private Button adjustButton;

    @FXML
    private TableView<ProductRow> productTable;

    @FXML
    private TableColumn<ProductRow, String> skuColumn;

    @FXML
    private TableColumn<ProductRow, String> nameColumn;

    @FXML
    private TableColumn<ProductRow, String> categoryColumn;

    @FXML
    private TableColumn<ProductRow, Long> onHandColumn;

    @FXML
    private TableColumn<ProductRow, Long> reservedColumn;

    @FXML
    private TableColumn<ProductRow, Long> availableColumn;

    @FXML
    private TableColumn<ProductRow, Long> reorderPointColumn;

    @FXML
    private TableColumn<ProductRow, Boolean> lowStockColumn;

    @FXML
    private Label statusLabel;

    @FXML
    private Hyperlink auditLink;

    @FXML
    private ToggleButton backupsNav;

    @FXML
    private Label countLabel;

    @FXML
    private Label emptyListLabel;

    @FXML
    private Label userLabel;

    @FXML
    private Label dataLabel;

    @FXML
    private Button switchUserButton;

    public MainView(MainViewModel model, ViewLoader loader) {
        this.model = model;
        this.loader = loader;
        this.gate = new PermissionGate(model.user());
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindProductTable();
        bindDetails();
        bindNavigation();
        statusLabel.textProperty().bind(model.statusProperty());
        LedgerAuditStatus ledger = model.ledgerAudit();
        auditLink.textProperty().bind(ledger.textProperty());
        auditLink.visibleProperty().bind(ledger.textProperty().isNotEmpty());
        auditLink.disableProperty().bind(ledger.runningProperty());
        auditLink.setTooltip(
                new javafx.scene.control.Tooltip("Check the ledger now: every balance against its movements"));
        auditLink.setOnAction(e -> ledger.clicked());
        ledger.mismatchesProperty().addListener((o, was, now) -> {
            auditLink.getStyleClass().remove("danger");
            if (now) {
                auditLink.getStyleClass().add("danger");
            }
        });
        javafx.animation.Timeline ledgerTicks = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(LedgerAuditStatus.TICK.toMillis()), e -> ledger.tick()));
        ledgerTicks.setCycleCount(javafx.animation.Animation.INDEFINITE);
        ledgerTicks.play();
        countLabel.textProperty().bind(model.countTextProperty());
        emptyListLabel
                .textProperty()
                .bind(Bindings.when(model.list().loadingProperty())
                        .then("Loading products...")
                        .otherwise("No products to show"));
        userLabel.textProperty().bind(model.user().description());
        switchUserButton.visibleProperty().bind(model.user().usersExistProperty());
        switchUserButton.managedProperty().bind(model.user().usersExistProperty());
        dataLabel.setText("Data: " + model.databaseName());
    }

    private void bindNavigation() {
        Map<MainViewModel.Page, ToggleButton> buttons = Map.ofEntries(
                Map.entry(MainViewModel.Page.PRODUCTS, productsNav),
                Map.entry(MainViewModel.Page.LOCATIONS, locationsNav),
                Map.entry(MainViewModel.Page.MOVEMENTS, movementsNav),
                Map.entry(MainViewModel.Page.COUNTS, countsNav),
                Map.entry(MainViewModel.Page.IMPORT, importNav),
                Map.entry(MainViewModel.Page.SCAN, scanNav),
                Map.entry(MainViewModel.Page.AUDIT, auditNav),
                Map.entry(MainViewModel.Page.ADMINISTRATION, adminNav),
                Map.entry(MainViewModel.Page.BACKUPS, backupsNav),
                Map.entry(MainViewModel.Page.CONNECTION, connectionNav),
                Map.entry(MainViewModel.Page.SCANNER, scannerNav));
        Map<MainViewModel.Page, Node> pageNodes = Map.ofEntries(
                Map.entry(MainViewModel.Page.PRODUCTS, productsPage),
                Map.entry(MainViewModel.Page.LOCATIONS, loader.load(new LocationsView(model.locations(), gate))),
                Map.entry(MainViewModel.Page.MOVEMENTS, loader.load(new MovementsView(model.movements()))),
                Map.entry(MainViewModel.Page.COUNTS, loader.load(new CountsView(model.counts(), gate))),
                Map.entry(MainViewModel.Page.IMPORT, loader.load(new ImportView(model.imports()))),
                Map.entry(MainViewModel.Page.SCAN, loader.load(new ScanView(model.scan(), gate))),
                Map.entry(MainViewModel.Page.AUDIT, loader.load(new AuditView(model.auditTrail()))),
                Map.entry(
                        MainViewModel.Page.ADMINISTRATION,
                        loader.load(new AdministrationView(
                                model.administration(), loader.load(new ReasonCodesView(model.reasonCodes()))))),
                Map.entry(MainViewModel.Page.BACKUPS, loader.load(new BackupsView(model.backups()))),
                Map.entry(MainViewModel.Page.CONNECTION, loader.load(new ConnectionView(model.connection()))),
                Map.entry(MainViewModel.Page.SCANNER, loader.load(new ScannerTestView(model.scanner()))));
        pages.getChildren()
                .addAll(
                        pageNodes.get(MainViewModel.Page.LOCATIONS),
                        pageNodes.get(MainViewModel.Page.MOVEMENTS),
                        pageNodes.get(MainViewModel.Page.COUNTS),
                        pageNodes.get(MainViewModel.Page.IMPORT),
                        pageNodes.get(MainViewModel.Page.SCAN),
                        pageNodes.get(MainViewModel.Page.AUDIT),
                        pageNodes.get(MainViewModel.Page.ADMINISTRATION),
                        pageNodes.get(MainViewModel.Page.BACKUPS),
                        pageNodes.get(MainViewModel.Page.CONNECTION),
                        pageNodes.get(MainViewModel.Page.SCANNER));
        ToggleGroup nav = new ToggleGroup();
        buttons.values().forEach(b -> b.setToggleGroup(nav));
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one page is always shown
            } else {
                buttons.forEach((page, button) -> {
                    if (button == now) {
                        model.pageProperty().set(page);
                    }
                });
            }
        });
        model.pageProperty().addListener((o, was, now) -> buttons.get(now).setSelected(true));
        gate.guard(importNav, importNavHolder, Permission.RECEIVE); // the least an import needs (opening stock)
        gate.guard(auditNav, auditNavHolder, Permission.VIEW_AUDIT);
        gate.guard(adminNav, adminNavHolder, Permission.MANAGE_USERS);
        gate.guard(backupsNav, backupsNavHolder, Permission.MANAGE_SETTINGS);
        // After a switch of user, a page the new role may not see is left for the product list.
        Map<MainViewModel.Page, Permission> needs = Map.of(
                MainViewModel.Page.IMPORT, Permission.RECEIVE,
                MainViewModel.Page.AUDIT, Permission.VIEW_AUDIT,
                MainViewModel.Page.ADMINISTRATION, Permission.MANAGE_USERS,
                MainViewModel.Page.BACKUPS, Permission.MANAGE_SETTINGS);
        model.user().userProperty().addListener((o, was, now) -> {
            Permission needed = needs.get(model.pageProperty().get());
            if (needed != null && !model.user().allows(needed).get()) {
                model.pageProperty().set(MainViewModel.Page.PRODUCTS);
            }
        });
        pageNodes.forEach(
                (page, node) -> node.visibleProperty().bind(model.pageProperty().isEqualTo(page)));
    }

    private void bindSearch() {
        CatalogueControls.debounce(searchField, model.searchTextProperty());
        model.scannedSearchProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                searchField.setText(now);
            }
        });
        CatalogueControls.filters(
                model.list(), categoryFilter, locationFilter, model.locationCodes(), lowStockFilter, archiveFilter);
    }

    private void bindProductTable() {
        productTable.setItems(model.products());
        // One known row height: the virtual flow then places a million rows without measuring any of them.
        productTable.setFixedCellSize(ROW_HEIGHT);
        Columns.show(skuColumn, ProductRow::sku);
        Columns.show(nameColumn, ProductRow::name);
        Columns.show(categoryColumn, ProductRow::category);
        Columns.show(onHandColumn, ProductRow::onHand);
        Columns.show(reservedColumn, ProductRow::reserved);
        Columns.show(availableColumn, ProductRow::available);
        Columns.show(reorderPointColumn, ProductRow::reorderPoint);
        Columns.show(lowStockColumn, ProductRow::lowStock);
        lowStockColumn.setCellFactory(c -> new LowStockCell());
        Label lowHeader = new Label("Stock");
        lowHeader.setTooltip(new javafx.scene.control.Tooltip(
                "Low: the product's stock available over all locations is at or below its reorder point."
                        + " With a location chosen, the figures are that location's; the marker stays the product's."));
        lowStockColumn.setText(null);
        lowStockColumn.setGraphic(lowHeader);
        Map<TableColumn<ProductRow, ?>, SortKey> sortKeys = new HashMap<>();
        sortKeys.put(skuColumn, SortKey.SKU);
        sortKeys.put(nameColumn, SortKey.NAME);
        sortKeys.put(categoryColumn, SortKey.CATEGORY);
        sortKeys.put(onHandColumn, SortKey.ON_HAND);
        sortKeys.put(reservedColumn, SortKey.RESERVED);
        sortKeys.put(availableColumn, SortKey.AVAILABLE);
        sortKeys.put(reorderPointColumn, SortKey.REORDER_POINT);
        CatalogueControls.sorting(productTable, model.list(), sortKeys);
        productTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        model.selectRequestProperty().addListener((o, was, now) -> {
            if (now != null) {
                productTable.getSelectionModel().select(now);
                productTable.scrollTo(now);
            }
        });
        productTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.adjustSelected();
            }
        });
        gate.guard(newButton, newButtonHolder, Permission.EDIT_PRODUCT);
        gate.guard(
                editButton,
                editButtonHolder,
                Permission.EDIT_PRODUCT,
                model.selectedProperty().isNull());
        gate.guard(
                adjustButton,
                adjustButtonHolder,
                Permission.RECEIVE,
                model.selectedProperty().isNull());
    }

    private void bindDetails() {
        detailHolder.getChildren().setAll(loader.load(new ProductDetailView(model.detail(), model.selectedProperty())));
    }

    @FXML
    private void newProduct() {
        model.newProduct();
    }

    @FXML
    private void editProduct() {
        model.editSelected();
    }

    @FXML
    private void adjustStock() {
        model.adjustSelected();
    }

    /** True once the table shows product rows, or its empty-list message for a catalogue with none. */
    public boolean showsCatalogue() {
        if (model.products().isEmpty()) {
            return model.list().firstPageShown();
        }
        for (Node node : productTable.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void switchUser() {
        model.switchUser();
    }

    @FXML
    private void refresh() {
        model.refreshWithChoices(); // the user's own refresh also picks up other workstations' new categories
    }

    /** A red marker on products at or below their reorder point. */
    private static final class LowStockCell extends TableCell<ProductRow, Boolean> {

        @Override
        protected void updateItem(Boolean low, boolean empty) {
            super.updateItem(low, empty);
            if (empty || low == null || !low) {
                setText(null);
                setGraphic(null);
                getStyleClass().remove("low-stock");
            } else {
                ProductRow row = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(
                        row == null
                                ? null
                                : new javafx.scene.control.Tooltip(row.totalAvailable()
                                        + " available over all locations;" + " reorder at " + row.reorderPoint()));
                setText("Low");
                setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
                if (!getStyleClass().contains("low-stock")) {
                    getStyleClass().add("low-stock");
                }
            }
        }
    }

    @FXML
    private void exportList() {
        model.exports().exportList();
    }

    @FXML
    private void exportCatalogue() {
        model.exports().exportCatalogue();
    }

    @FXML
    private void exportStock() {
        model.exports().exportStock();
    }
}
