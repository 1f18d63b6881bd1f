package org.stockroom.ui.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.count.CountLineView;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

/** The Counts page's model over a real database: plan, scan-and-type counts, review, post. */
class CountsViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    CountsViewModel page;
    RecordingDialogService dialogs;
    long nut;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        nut = TestProduct.sku("NUT-M8")
                .barcode("4006381333931")
                .createIn(backend)
                .id();
        backend.stock().receive(TestBackends.change(nut, "MAIN", 400));
        dialogs = new RecordingDialogService();
        page = new CountsViewModel(
                backend.countSessions(),
                backend.products(),
                backend.catalogue(),
                backend.reasonCodes(),
                backend.productCatalogue()::categories,
                new CurrentThreadTaskExecutor(),
                dialogs,
                () -> Actor.named("Ada"));
        page.refresh();
    }

    @Test
    void aBlindCountByBarcodeShowsNoExpectedQuantityUntilReviewThenPostsCountedPlusLaterMoves() {
        page.planNameProperty().set("Weekly aisle A");
        page.planLocations().setAll(page.locations());
        page.planBlindProperty().set(true);
        page.plan();
        assertThat(page.listing())
                .singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Weekly aisle A"));

        page.codeProperty().set("4006381333931"); // what the scanner types
        page.quantityProperty().set("396");
        page.recordCount();

        assertThat(page.messageProperty().get()).isEqualTo("Counted NUT-M8 at MAIN: 396");
        assertThat(page.codeProperty().get()).as("ready for the next scan").isEmpty();
        assertThat(page.lines()).singleElement().satisfies(l -> {
            assertThat(l.counted()).isEqualTo(396);
            assertThat(l.expected()).isNull();
            assertThat(l.variance()).isNull();
        });

        backend.stock().issue(TestBackends.change(nut, "MAIN", 10));
        page.posting().post();
        assertThat(page.messageProperty().get()).startsWith("Finish counting first");
        assertThat(dialogs.confirmations)
                .as("nothing offered to post before review")
                .isEmpty();
        page.finishCounting();
        CountLineView reviewed = page.lines().get(0);
        assertThat(reviewed.expected()).isEqualTo(400);
        assertThat(reviewed.movedSinceCount()).isEqualTo(-10);
        assertThat(reviewed.variance()).isEqualTo(-4);

        CountPostingModel posting = page.posting();
        assertThat(posting.hasGains().get()).isFalse();
        assertThat(posting.hasLosses().get()).isTrue();
        assertThat(posting.lossReasonProperty().get())
                .as("Missing, Damaged... several losses fit: no default")
                .isNull();
        assertThat(posting.lossChoices())
                .extracting(r -> r.code())
                .contains("MISSING", "DAMAGED", "DATA_ENTRY")
                .doesNotContain("FOUND");
        assertThat(posting.gainReasonProperty().get().code())
                .as("the one code made for gains")
                .isEqualTo("FOUND");
        posting.post();
        assertThat(page.messageProperty().get()).isEqualTo("Choose a reason for the losses before posting.");

        posting.lossChoices().stream()
                .filter(r -> r.code().equals("MISSING"))
                .findFirst()
                .ifPresent(posting.lossReasonProperty()::set);
        dialogs.confirmAnswer = false;
        posting.post();
        assertThat(dialogs.confirmations)
                .singleElement()
                .asString()
                .contains("Weekly aisle A: 1 line changes: -4 units, value ")
                .contains("Losses recorded as Missing")
                .doesNotContain("Gains");
        assertThat(backend.catalogue().productRow(nut).orElseThrow().onHand())
                .as("declined: nothing posted")
                .isEqualTo(390);

        dialogs.confirmAnswer = true;
        posting.post();

        assertThat(page.messageProperty().get()).startsWith("Posted session");
        assertThat(backend.catalogue().productRow(nut).orElseThrow().onHand()).isEqualTo(386);
    }

    @Test
    void aBadQuantityOrAnUnknownCodeIsSaidAndWhatWasTypedStays() {
        page.planLocations().setAll(page.locations());
        page.plan();
        page.codeProperty().set("NUT-M8");
        page.quantityProperty().set("twelve");
        page.recordCount();
        assertThat(page.messageProperty().get()).startsWith("Quantity: type a whole number");

        page.codeProperty().set("NO-SUCH");
        page.quantityProperty().set("3");
        page.recordCount();
        assertThat(page.messageProperty().get()).contains("No product with SKU or barcode 'NO-SUCH'");
        assertThat(page.codeProperty().get()).isEqualTo("NO-SUCH");
        assertThat(page.quantityProperty().get()).isEqualTo("3");
    }

    @Test
    void aSessionPlannedForOneCategoryAndNamedCountersListsOnlyThatCategoryAndRefusesOthers() {
        long glue = TestProduct.sku("GLUE-1")
                .category("Adhesives")
                .createIn(backend)
                .id();
        backend.stock().receive(TestBackends.change(glue, "MAIN", 5));
        page.refresh();
        assertThat(page.categories()).contains("Adhesives");

        page.planLocations().setAll(page.locations());
        page.planCategoryProperty().set("Adhesives");
        page.planCountersProperty().set("Cleo, Dan");
        page.plan();

        assertThat(page.lines()).extracting(CountLineView::sku).containsExactly("GLUE-1");
        assertThat(page.sessionProperty().get().counters()).containsExactly("Cleo", "Dan");
        page.codeProperty().set("GLUE-1");
        page.quantityProperty().set("5");
        page.recordCount(); // as Ada, who is not a counter
        assertThat(page.messageProperty().get()).contains("Ada is not a counter");
    }

    @Test
    void aHandPickedListTakesSkusAndScannedBarcodesAndNamesAnUnknownOne() throws Exception {
        long glue = TestProduct.sku("GLUE-1").createIn(backend).id();
        TestProduct.sku("TAPE-2").createIn(backend);
        backend.stock().receive(TestBackends.change(glue, "MAIN", 5));

        page.planProductsProperty().set("4006381333931, NO-SUCH");
        page.plan();
        assertThat(page.messageProperty().get()).contains("no product with SKU or barcode 'NO-SUCH'");
        assertThat(page.listing()).as("nothing planned").isEmpty();
        assertThat(page.planProductsProperty().get()).as("what was typed stays").contains("NO-SUCH");

        page.planProductsProperty().set("4006381333931 GLUE-1");
        page.plan();
        assertThat(page.lines())
                .extracting(CountLineView::sku)
                .as("the barcode stands for NUT-M8; TAPE-2 was not picked")
                .containsExactlyInAnyOrder("NUT-M8", "GLUE-1");

        RecordingDialogService dialogs = new RecordingDialogService();
        java.nio.file.Path csv = fresh.folder().resolve("lines.csv");
        dialogs.fileAnswers.add(csv);
        CountsViewModel withDialogs = new CountsViewModel(
                backend.countSessions(),
                backend.products(),
                backend.catalogue(),
                backend.reasonCodes(),
                backend.productCatalogue()::categories,
                new CurrentThreadTaskExecutor(),
                dialogs,
                () -> Actor.named("Ada"));
        withDialogs.refresh();
        withDialogs.exportLines();
        assertThat(withDialogs.messageProperty().get()).isEqualTo("Choose a session first.");
        withDialogs.chosenProperty().set(withDialogs.listing().get(0));
        withDialogs.exportLines();
        assertThat(withDialogs.messageProperty().get()).startsWith("The count lines saved to");
        assertThat(java.nio.file.Files.readString(csv)).contains("NUT-M8").contains("GLUE-1");
    }

    @Test
    void aScannedLocationSetsWhereAndAScannedGs1CodeFindsTheProductByItsEan13() {
        page.planLocations().setAll(page.locations());
        page.plan();
        org.stockroom.domain.scan.ScanDecoder decoder =
                new org.stockroom.domain.scan.ScanDecoder(org.stockroom.domain.scan.ScannerSettings.DEFAULTS);

        page.countLocationProperty().set(null);
        page.scanned(decoder.decode("MAIN"));
        assertThat(page.countLocationProperty().get().code()).isEqualTo("MAIN");

        int scansBefore = page.productScansProperty().get();
        page.scanned(decoder.decode("]C10104006381333931" + "10LOT-9"));
        assertThat(page.codeProperty().get())
                .as("GTIN-14 of the EAN-13 4006381333931")
                .isEqualTo("NUT-M8");
        assertThat(page.productScansProperty().get())
                .as("the view moves to the quantity")
                .isEqualTo(scansBefore + 1);
        assertThat(page.messageProperty().get()).contains("type the quantity").contains("lot LOT-9");

        page.quantityProperty().set("397");
        page.recordCount();
        assertThat(page.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.counted()).isEqualTo(397));

        page.scanned(decoder.decode("9999999999994"));
        assertThat(page.messageProperty().get()).contains("No product or location with code '9999999999994'");
        assertThat(page.codeProperty().get()).isEmpty();
    }
}
