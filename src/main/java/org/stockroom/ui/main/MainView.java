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
import org.stockroom.ui.catalogue.CatalogueControls;
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

    /** The sidebar and the pages, one entry per registration, in its order. */
    private void bindNavigation() {
        WindowPage.Tools tools = new WindowPage.Tools(loader, gate);
        Map<WindowPage, ToggleButton> buttons = new java.util.LinkedHashMap<>();
        ToggleGroup nav = new ToggleGroup();
        for (WindowPage page : model.pages().all()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId(page.key() + "Nav");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(nav);
            StackPane holder = new StackPane(button); // a disabled button shows no tooltip; its holder does
            holder.setId(page.key() + "NavHolder");
            holder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            sidebar.getChildren().add(holder);
            if (page.needs() != null) {
                gate.guard(button, holder, page.needs());
            }
            Node view = page == model.pages().products() ? productsPage : page.view(tools);
            if (view != productsPage) {
                pages.getChildren().add(view);
            }
            view.visibleProperty().bind(model.pages().currentProperty().isEqualTo(page));
            buttons.put(page, button);
        }
        buttons.get(model.pages().currentProperty().get()).setSelected(true);
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one page is always shown
            } else {
                buttons.forEach((page, button) -> {
                    if (button == now) {
                        model.pages().currentProperty().set(page);
                    }
                });
            }
        });
        model.pages()
                .currentProperty()
                .addListener((o, was, now) -> buttons.get(now).setSelected(true));
        // After a switch of user, a page the new role may not see is left for the product list.
        model.user().userProperty().addListener((o, was, now) -> {
            Permission needed = model.pages().currentProperty().get().needs();
            if (needed != null && !model.user().allows(needed).get()) {
                model.pages().currentProperty().set(model.pages().products());
            }
        });
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
