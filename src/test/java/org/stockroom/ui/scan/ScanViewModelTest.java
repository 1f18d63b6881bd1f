package org.stockroom.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.domain.scan.ScanDecoder;
import org.stockroom.domain.scan.ScannerSettings;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.ui.CurrentThreadTaskExecutor;

/** The Scan workspace's model over a real database, fed decoded scans as the window's wedge would. */
class ScanViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    ScanViewModel page;
    final ScanDecoder decoder = new ScanDecoder(ScannerSettings.DEFAULTS);
    final AtomicLong clock = new AtomicLong(1_000);
    final AtomicInteger keys = new AtomicInteger();
    final AtomicInteger productsChanged = new AtomicInteger();
    final java.util.List<ScanSounds.Tone> sounds = new java.util.ArrayList<>();
    final org.stockroom.ui.RecordingDialogService dialogs = new org.stockroom.ui.RecordingDialogService();
    long nut;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        backend.locations().create(Actor.named("Ada"), "SHELF-B", "Shelf B");
        nut = TestProduct.sku("NUT-M8")
                .barcode("4006381333931")
                .createIn(backend)
                .id();
        TestProduct.sku("BOLT-M8").createIn(backend);
        page = workspace(ScannerSettings.DEFAULTS);
    }

    private ScanViewModel workspace(ScannerSettings settings) {
        ScanViewModel model = new ScanViewModel(
                backend.products(),
                backend.stock(),
                backend.countSessions(),
                backend.catalogue(),
                new CurrentThreadTaskExecutor(),
                () -> Actor.named("Ada"),
                () -> "SCAN-KEY-" + keys.incrementAndGet(),
                clock::get,
                () -> settings,
                sounds::add,
                dialogs,
                productsChanged::incrementAndGet);
        model.refresh();
        return model;
    }

    private void scan(String code) {
        page.scanned(decoder.decode(code));
    }

    private long onHand(long product, String location) {
        return TestBackends.onHand(backend, product, location);
    }

    @Test
    void receivingOneScannedItemIntoAScannedLocationTakesThreeInputs() {
        scan("SHELF-B"); // 1
        scan("4006381333931"); // 2
        page.enter(); // 3: Enter on the empty field

        assertThat(page.messageProperty().get()).isEqualTo("Received 1 line, 1 unit into SHELF-B.");
        assertThat(onHand(nut, "SHELF-B")).isEqualTo(1);
        assertThat(page.lines()).isEmpty();
    }

    @Test
    void repeatedScansAddUpATypedNumberSetsTheQuantityAndGs1CountsAndLotsAreKept() {
        scan("MAIN");
        scan("4006381333931");
        scan("4006381333931");
        assertThat(page.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.quantityProperty().get()).isEqualTo(2));
        page.typedProperty().set("12");
        page.enter();
        assertThat(page.lines().get(0).quantityProperty().get()).isEqualTo(12);

        scan("]C10104006381333931" + "10LOT-7" + "\u001D" + "3024");
        assertThat(page.lines().get(0).quantityProperty().get()).isEqualTo(36);
        assertThat(page.lines().get(0).noteProperty().get()).isEqualTo("lot LOT-7");

        scan(ScanViewModel.POST_CODE);
        assertThat(onHand(nut, "MAIN")).isEqualTo(36);
        assertThat(backend.ledger().history(nut, 5))
                .singleElement()
                .satisfies(m -> assertThat(m.note()).isEqualTo("lot LOT-7"));
    }

    @Test
    void aSecondEnterOrARetryPostsTheListOnce() {
        scan("MAIN");
        scan("BOLT-M8");
        page.post();
        page.post(); // nothing left to post
        assertThat(page.messageProperty().get()).isEqualTo("Nothing to post: scan products first.");
        assertThat(backend.ledger().history(TestProductId.of(backend, "BOLT-M8"), 5))
                .hasSize(1);
    }

    @Test
    void aShortPickIsRefusedWholeAndTheListStaysForAnotherTry() {
        backend.stock().receive(TestBackends.change(nut, "MAIN", 3));
        page.modeProperty().set(ScanMode.PICK);
        scan("MAIN");
        scan("4006381333931");
        page.typedProperty().set("5");
        page.enter();
        page.enter();

        assertThat(page.messageProperty().get())
                .contains("NUT-M8")
                .contains("Nothing was posted. Lower its quantity on the red line");
        assertThat(page.outcomeProperty().get()).isEqualTo(ScanFeedback.Outcome.REFUSED);
        assertThat(page.faultLineProperty().get())
                .as("the line at fault")
                .isSameAs(page.lines().get(0));
        assertThat(sounds)
                .as("location and product taken, then the refusal's own sound")
                .containsExactly(ScanSounds.Tone.TAKEN, ScanSounds.Tone.TAKEN, ScanSounds.Tone.REFUSED);
        assertThat(page.lines()).hasSize(1);
        assertThat(onHand(nut, "MAIN")).isEqualTo(3);

        page.typedProperty().set("3");
        page.enter();
        page.enter();
        assertThat(page.messageProperty().get()).isEqualTo("Picked 1 line, 3 units from MAIN.");
        assertThat(page.outcomeProperty().get()).isEqualTo(ScanFeedback.Outcome.POSTED);
        assertThat(page.faultLineProperty().get()).isNull();
        assertThat(sounds).endsWith(ScanSounds.Tone.TAKEN);
        assertThat(onHand(nut, "MAIN")).isZero();
    }

    @Test
    void aMoveTakesTheFirstScannedLocationAsFromAndTheSecondAsTo() {
        backend.stock().receive(TestBackends.change(nut, "MAIN", 10));
        page.modeProperty().set(ScanMode.MOVE);
        scan("MAIN");
        scan("SHELF-B");
        scan("4006381333931");
        page.typedProperty().set("4");
        page.enter();
        page.enter();

        assertThat(page.messageProperty().get()).isEqualTo("Moved 1 line, 4 units from MAIN to SHELF-B.");
        assertThat(onHand(nut, "MAIN")).isEqualTo(6);
        assertThat(onHand(nut, "SHELF-B")).isEqualTo(4);
    }

    @Test
    void anUnknownBarcodeIsHeldAssignedAndListedSoTheScanIsNotLost() {
        scan("MAIN");
        scan("]C10105012345678900" + "3010");
        assertThat(page.unknown().heldProperty().get()).isNotNull();
        assertThat(page.lines()).isEmpty();

        scan("4006381333931");
        assertThat(page.messageProperty().get()).as("one unknown at a time").startsWith("First assign");

        page.unknown().skuProperty().set("NUT-M8");
        page.unknown().assign();
        assertThat(page.messageProperty().get()).contains("already has the barcode 4006381333931");

        page.unknown().skuProperty().set("BOLT-M8");
        page.unknown().assign();
        assertThat(page.unknown().heldProperty().get()).isNull();
        assertThat(page.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("BOLT-M8");
            assertThat(l.quantityProperty().get())
                    .as("the GS1 count of the held scan")
                    .isEqualTo(10);
        });
        assertThat(backend.products().findBySkuOrBarcode("5012345678900")).isPresent();
    }

    @Test
    void anUnknownBarcodeCanBecomeANewProduct() {
        scan("MAIN");
        scan("9780201379624");
        page.unknown().skuProperty().set("BOOK-1");
        page.unknown().nameProperty().set("Design Patterns");
        page.unknown().create();

        assertThat(page.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.sku()).isEqualTo("BOOK-1"));
        assertThat(backend.products().findBySkuOrBarcode("9780201379624"))
                .hasValueSatisfying(p -> assertThat(p.details().name()).isEqualTo("Design Patterns"));
    }

    @Test
    void withARepeatGuardTheSameCodeTwiceInQuickSuccessionCountsOnce() {
        page = workspace(new ScannerSettings(40, 4, "", "", "", 500));
        scan("MAIN");
        scan("4006381333931");
        clock.addAndGet(200);
        scan("4006381333931");
        assertThat(page.lines().get(0).quantityProperty().get()).isEqualTo(1);
        clock.addAndGet(600);
        scan("4006381333931");
        assertThat(page.lines().get(0).quantityProperty().get()).isEqualTo(2);
    }

    @Test
    void aScannedCountPostsCountedPlusWhatMovedAfterEachLinesLastScan() {
        long bolt = TestProductId.of(backend, "BOLT-M8");
        backend.stock().receive(TestBackends.change(nut, "MAIN", 10));
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 50));
        page.modeProperty().set(ScanMode.COUNT);
        scan("MAIN");
        scan("4006381333931");
        scan("4006381333931");
        scan("4006381333931"); // three nuts on the shelf
        scan("BOLT-M8");
        page.typedProperty().set("48");
        page.enter(); // 48 bolts, counted by typing after the scan
        backend.stock().issue(TestBackends.change(bolt, "MAIN", 5)); // picked while the count goes on

        assertThat(page.lines()).hasSize(2);
        dialogs.confirmAnswer = false;
        page.enter();
        assertThat(dialogs.confirmations)
                .as("reviewed and shown before anything is posted")
                .singleElement()
                .asString()
                .startsWith("2 lines change: -9 units");
        assertThat(page.messageProperty().get()).startsWith("Not posted: the count waits in review");
        assertThat(onHand(nut, "MAIN")).as("declined: nothing posted").isEqualTo(10);

        dialogs.confirmAnswer = true;
        page.enter();

        assertThat(page.messageProperty().get()).startsWith("Counted 2 lines at MAIN (count session");
        assertThat(onHand(nut, "MAIN")).isEqualTo(3);
        assertThat(onHand(bolt, "MAIN")).as("48 counted, 5 picked after").isEqualTo(43);
        assertThat(page.lines()).isEmpty();
    }

    @Test
    void aClerkCannotCountByScanAndIsToldWhy() {
        backend.users().createFirstAdministrator("Ada", "administrator", "office");
        backend.users().add(Actor.named("Ada"), "Bob", org.stockroom.domain.access.Role.CLERK, "clerk password");
        ScanViewModel clerks = new ScanViewModel(
                backend.products(),
                backend.stock(),
                backend.countSessions(),
                backend.catalogue(),
                new CurrentThreadTaskExecutor(),
                () -> Actor.named("Bob"),
                () -> "SCAN-KEY-" + keys.incrementAndGet(),
                clock::get,
                () -> ScannerSettings.DEFAULTS,
                sounds::add,
                dialogs,
                productsChanged::incrementAndGet);
        clerks.refresh();
        clerks.modeProperty().set(ScanMode.COUNT);
        clerks.scanned(decoder.decode("MAIN"));
        clerks.scanned(decoder.decode("4006381333931"));

        assertThat(clerks.messageProperty().get()).contains("Supervisor");
        assertThat(clerks.lines()).isEmpty();
    }

    @Test
    void aLocationThePageHasNotLoadedYetIsStillALocation() {
        backend.locations().create(Actor.named("Ada"), "DOCK-2", "Dock 2"); // after the page loaded its list
        scan("DOCK-2");

        assertThat(page.unknown().heldProperty().get()).isNull();
        assertThat(page.locationProperty().get().code()).isEqualTo("DOCK-2");
    }

    @Test
    void leavingCountModeCancelsTheSessionAndPostsNothing() {
        backend.stock().receive(TestBackends.change(nut, "MAIN", 10));
        page.modeProperty().set(ScanMode.COUNT);
        scan("MAIN");
        scan("4006381333931");
        page.modeProperty().set(ScanMode.RECEIVE);

        assertThat(page.messageProperty().get())
                .startsWith("Count left: session")
                .endsWith("cancelled, nothing posted.");
        assertThat(backend.countSessions().sessions())
                .singleElement()
                .satisfies(
                        s -> assertThat(s.status()).isEqualTo(org.stockroom.domain.count.CountSessionStatus.CANCELLED));
        assertThat(onHand(nut, "MAIN")).isEqualTo(10);
        assertThat(page.lines()).isEmpty();
    }

    /** Looks up a product's id by SKU. */
    static final class TestProductId {
        static long of(Backend backend, String sku) {
            return backend.products().findBySku(sku).orElseThrow().id();
        }
    }
}
