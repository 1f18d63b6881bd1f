package org.stockroom.ui.main;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.domain.catalogue.CatalogueQuery.SortKey;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.ui.ViewLoader;
import org.stockroom.ui.access.PermissionGate;
import org.stockroom.ui.catalogue.CatalogueControls;
import org.stockroom.ui.control.ColumnFit;
import org.stockroom.ui.control.Columns;

/** Code-behind of Main.fxml: binds the tables and buttons to the {@link MainViewModel}. */
public final class MainView {

    static final double ROW_HEIGHT = 38;

    private final MainViewModel model;
    private final ViewLoader loader;
    private final PermissionGate gate;

    @FXML
    private Button newButton;

    @FXML
    private Button refreshButton;

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
    private javafx.scene.layout.VBox sidebar;

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
    private Label countLabel;

    @FXML
    private Label emptyListLabel;

    @FXML
    private Label userLabel;

    @FXML
    private Button switchUserButton;

    private final String about;
    private final Consumer<Parent> pageBuilt;

    /** {@code about}: Help > About's lines; {@code pageBuilt}: runs on a page's view once built (its layout). */
    public MainView(MainViewModel model, ViewLoader loader, String about, Consumer<Parent> pageBuilt) {
        this.about = about;
        this.pageBuilt = pageBuilt;
        this.model = model;
        this.loader = loader;
        this.gate = new PermissionGate(model.user());
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindProductTable();
        detailHolder.getChildren().setAll(loader.load(new ProductDetailView(model.detail(), model.selectedProperty())));
        addKeys();
        Sidebar.build(model, Sidebar.tools(loader, gate, pageBuilt), sidebar, pages, productsPage, keys);
        ColumnFit.everywhere((Parent) productsPage); // the other pages' tables as each is built
        statusLabel.textProperty().bind(model.statusProperty());
        javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
        statusTip.textProperty().bind(model.statusProperty());
        statusLabel.setTooltip(statusTip); // a long message may be cut; the tooltip has it whole
        LedgerAuditStatus.bind(auditLink, model.ledgerAudit());
        keys.add("F1", "This list of keys", this::showKeys).installOn(sidebar);
        countLabel.textProperty().bind(model.countTextProperty());
        emptyListLabel
                .textProperty()
                .bind(Bindings.when(model.list().loadingProperty())
                        .then("Loading products...")
                        .otherwise("No products to show"));
        userLabel.textProperty().bind(model.user().description());
        switchUserButton.visibleProperty().bind(model.user().usersExistProperty());
        switchUserButton.managedProperty().bind(model.user().usersExistProperty());
    }

    private void bindSearch() {
        CatalogueControls.debounce(searchField, model.searchTextProperty());
        model.scannedSearchProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                searchField.setText(now);
            }
        });
        CatalogueControls.filters(
                model.list(),
                categoryFilter,
                locationFilter,
                model.list().locationCodes(),
                lowStockFilter,
                archiveFilter);
    }

    private void bindProductTable() {
        productTable.setItems(model.products());
        // One known row height: the virtual flow then places a million rows without measuring any of them.
        productTable.setFixedCellSize(ROW_HEIGHT);
        Columns.show(skuColumn, ProductRow::sku);
        Columns.showWithTooltip(nameColumn, ProductRow::name);
        Columns.show(categoryColumn, ProductRow::category);
        Columns.show(onHandColumn, ProductRow::onHand);
        Columns.show(reservedColumn, ProductRow::reserved);
        Columns.show(availableColumn, ProductRow::available);
        Columns.show(reorderPointColumn, ProductRow::reorderPoint);
        Columns.show(lowStockColumn, ProductRow::lowStock);
        LowStockCell.install(lowStockColumn);
        Map<TableColumn<ProductRow, ?>, SortKey> sortKeys = new HashMap<>();
        sortKeys.put(skuColumn, SortKey.SKU);
        sortKeys.put(nameColumn, SortKey.NAME);
        sortKeys.put(categoryColumn, SortKey.CATEGORY);
        sortKeys.put(onHandColumn, SortKey.ON_HAND);
        sortKeys.put(reservedColumn, SortKey.RESERVED);
        sortKeys.put(availableColumn, SortKey.AVAILABLE);
        sortKeys.put(reorderPointColumn, SortKey.REORDER_POINT);
        CatalogueControls.sorting(productTable, model.list(), sortKeys);
        LowStockCell.selection(productTable, model, adjustButton);
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

    /** The window's keys, also listed by Help > Keyboard (F1); a disabled button's key does nothing. */
    private final WindowKeys keys = new WindowKeys();

    private void addKeys() {
        keys.add("Shortcut+F", "Search products: SKU, name or barcode", () -> {
                    model.pages().currentProperty().set(model.pages().products());
                    searchField.requestFocus();
                    searchField.selectAll();
                })
                .add("F5", "Refresh the product list and the detail", refreshButton::fire)
                .add("Shortcut+N", "New product", newButton::fire)
                .add("Shortcut+E", "Edit the selected product", editButton::fire)
                .add("Shortcut+M", "Stock movement for the selected product", adjustButton::fire)
                .add("Shortcut+L", "Switch user (lock the window)", this::switchUser);
    }

    @FXML
    private void showKeys() {
        HelpDialogs.keyboard(sidebar.getScene().getWindow(), keys.sheet());
    }

    @FXML
    private void showAbout() {
        HelpDialogs.about(sidebar.getScene().getWindow(), about);
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
