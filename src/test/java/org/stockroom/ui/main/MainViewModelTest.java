package org.stockroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.ui.HeldTaskExecutor;
import org.stockroom.ui.RecordingDialogService;
import org.stockroom.ui.access.SignedInUser;

class MainViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    @TempDir
    Path folder;

    Backend backend;
    HeldTaskExecutor executor = new HeldTaskExecutor();
    RecordingDialogService dialogs = new RecordingDialogService();
    MainViewModel model;

    final SignedInUser user = new SignedInUser("test-pc", "tester", false);

    @BeforeEach
    void open() {
        backend = fresh.backend();
        TestBackends.product(backend, "BOLT-1");
        TestBackends.product(backend, "BOLT-2");
        TestBackends.product(backend, "NUT-1");
        model = new MainViewModel(
                new MainServices(
                        backend.catalogue(),
                        backend.productCatalogue(),
                        backend.ledger(),
                        backend.products(),
                        backend.stock(),
                        backend.sampleCatalogue(),
                        backend.reservations(),
                        backend.audit(),
                        backend.auditTrail(),
                        backend.reasonCodes(),
                        backend.reversals(),
                        backend.productExport(),
                        backend.stockExport()),
                executor,
                dialogs,
                user,
                () -> {},
                folder.toString());
    }

    @Test
    void aSlowOlderSearchNeverOverwritesANewerOne() throws Exception {
        model.searchTextProperty().set("BOLT"); // task 0: the first page of BOLT
        model.searchTextProperty().set("NUT"); // task 1: the first page of NUT

        executor.complete(1); // the newer query answers first
        executor.complete(0); // then the older, slower one

        assertThat(model.products()).extracting(ProductRow::sku).containsExactly("NUT-1");
    }

    @Test
    void aFirstPageReadBeforeTheWindowIsBuiltShowsAtOnceWithoutASecondRead() {
        java.util.List<ProductRow> firstPage =
                backend.productCatalogue().page(org.stockroom.domain.catalogue.CatalogueQuery.everything(), 0, 100);

        model.start(firstPage);

        assertThat(model.products())
                .as("shown before any task ran: in the window's first layout")
                .extracting(ProductRow::sku)
                .containsExactly("BOLT-1", "BOLT-2", "NUT-1");
        assertThat(model.countTextProperty().get()).isEqualTo("3 products");
        executor.completeAll(); // the filters' choices
        assertThat(model.list().categories()).isNotEmpty();
        assertThat(model.list().locationCodes()).contains("MAIN");
    }

    @Test
    void aFirstPageOfAnotherQueryIsNotShownAsThisOne() {
        model.searchTextProperty().set("NUT");
        executor.completeAll();

        model.start(java.util.List.of());
        executor.completeAll();

        assertThat(model.products()).extracting(ProductRow::sku).containsExactly("NUT-1");
    }

    @Test
    void aScanOnTheProductsPageSearchesForTheProductAndSelectsIt() {
        long nut = backend.products().findBySku("NUT-1").orElseThrow().id();
        backend.stock().receive(TestBackends.change(nut, "MAIN", 7));
        model.refresh();
        executor.completeAll();

        model.scanned(new org.stockroom.domain.scan.ScanDecoder(org.stockroom.domain.scan.ScannerSettings.DEFAULTS)
                .decode("NUT-1"));
        model.searchTextProperty().set(model.scannedSearchProperty().get()); // what the search field does
        executor.completeAll();

        assertThat(model.scannedSearchProperty().get()).isEqualTo("NUT-1");
        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.selectedProperty().get().sku()).isEqualTo("NUT-1");
        assertThat(model.selectRequestProperty().get().sku())
                .as("the table is asked to select it")
                .isEqualTo("NUT-1");
        assertThat(model.detail().history())
                .as("the detail pane shows its history, not 'No movements yet'")
                .extracting(HistoryEntry::type)
                .contains("Receive");
        assertThat(model.detail().factsProperty().get())
                .as("what the edit form holds, barcode first")
                .startsWith("no barcode")
                .contains("reorder at");
    }

    @Test
    void pagesAreRegistrationsThatTakeTheirScansAndForgetTheirMessagesOnSwitchUser() {
        java.util.List<String> said = new java.util.ArrayList<>();
        WindowPage counting = WindowPage.of("counting", "Counting", "mdi2c-counter", tools -> null)
                .onShow(() -> said.add("shown"))
                .onScan(scan -> said.add("scan " + scan.text()))
                .onSignOut(() -> said.add("forget"));
        model.pages().add(java.util.List.of(counting));
        user.signedIn(new org.stockroom.service.access.UserView(
                1, "Ada", org.stockroom.domain.access.Role.ADMIN, true, false, false, null));

        model.pages().show("counting");
        model.scanned(new org.stockroom.domain.scan.ScanDecoder(org.stockroom.domain.scan.ScannerSettings.DEFAULTS)
                .decode("BOLT-1"));
        user.signOut();

        assertThat(said).containsExactly("shown", "scan BOLT-1", "forget");
        assertThat(model.pages().all()).extracting(WindowPage::key).containsExactly("products", "counting");
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void theListIsLoadingUntilItsFirstPageIsBackAndOnlyThenEmpty() {
        model.searchTextProperty().set("NOTHING-LIKE-THIS");
        assertThat(model.list().loadingProperty().get())
                .as("before the first page is back")
                .isTrue();

        executor.completeAll();

        assertThat(model.products()).isEmpty();
        assertThat(model.list().loadingProperty().get())
                .as("an empty answer is not loading")
                .isFalse();
    }

    @Test
    void theDetailSaysItIsLoadingUntilTheSelectedProductsHistoryIsBack() {
        model.refresh();
        executor.completeAll();
        model.select(model.products().get(0));
        assertThat(model.detail().loadingProperty().get())
                .as("history not back yet")
                .isTrue();

        executor.completeAll();

        assertThat(model.detail().loadingProperty().get()).isFalse();
        assertThat(model.detail().history())
                .as("no movements for a new product, only its creation")
                .extracting(HistoryEntry::type)
                .containsExactly("Added");
    }

    @Test
    void selectionSurvivesARefresh() throws Exception {
        model.refresh();
        executor.complete(0);
        ProductRow bolt2 = model.products().get(1);
        model.select(bolt2);
        executor.completeAll();

        model.refresh();
        executor.completeAll();

        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.selectedProperty().get().sku()).isEqualTo("BOLT-2");
    }

    @Test
    void fulfillingAReservationFromTheProductViewIssuesItAndRefreshes() throws Exception {
        long id = backend.products().findBySku("NUT-1").orElseThrow().id();
        backend.stock().receive(TestBackends.change(id, "MAIN", 10));
        backend.reservations()
                .reserve(new ReserveCommand(CommandKeys.newKey(), Actor.named("tester"), id, "MAIN", 4, "SO-1", null));
        dialogs.confirmAnswer = true;
        model.refresh();
        executor.completeAll();
        model.select(model.products().stream()
                .filter(r -> r.sku().equals("NUT-1"))
                .findFirst()
                .orElseThrow());
        executor.completeAll();
        assertThat(model.detail().reservations()).hasSize(1);

        model.detail().fulfil(model.detail().reservations().get(0));
        executor.completeAll();

        assertThat(model.detail().reservations()).isEmpty();
        assertThat(model.selectedProperty().get().onHand()).isEqualTo(6);
        assertThat(model.detail().history())
                .first()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("Fulfil SO-1"));
    }

    @Test
    void aStockRefreshLeavesTheFilterChoicesAloneAndAFullRefreshReloadsThem() throws Exception {
        model.refreshWithChoices();
        executor.completeAll();
        assertThat(model.list().categories()).containsExactly("Test");
        backend.products()
                .create(
                        TestBackends.ACTOR,
                        new ProductDetails(
                                "TAPE-1", "Tape", "Packing", "roll", null, 2, new BigDecimal("3.00"), false));

        model.refresh(); // what a stock movement triggers
        executor.completeAll();
        assertThat(model.list().categories()).containsExactly("Test");

        model.refreshWithChoices(); // what a product save or the Refresh button triggers
        executor.completeAll();
        assertThat(model.list().categories()).containsExactly("Packing", "Test");
    }

    /** Holds tasks until the test completes them, in any order: the way to stage a race deterministically. */
}
