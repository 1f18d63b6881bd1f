package org.stockroom.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.HeldTaskExecutor;
import org.stockroom.ui.RecordingDialogService;
import org.stockroom.ui.TaskExecutor;

/** The Import page without a window: check first, then a clean file or the good rows only, then every row or none. */
class ImportViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    RecordingDialogService dialogs = new RecordingDialogService();
    AtomicInteger refreshed = new AtomicInteger();

    @BeforeEach
    void open() {
        backend = fresh.backend();
        dialogs.confirmAnswer = true;
    }

    ImportViewModel page(TaskExecutor executor) {
        return new ImportViewModel(
                backend.imports(),
                backend.locations(),
                executor,
                dialogs,
                () -> TestBackends.ACTOR,
                System::nanoTime,
                refreshed::incrementAndGet);
    }

    Path file(String name, String text) throws IOException {
        Path f = fresh.folder().resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static void kind(ImportViewModel page, ImportKind kind) {
        page.setup()
                .kindProperty()
                .set(Choice.KINDS.stream()
                        .filter(c -> c.value() == kind)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void unknownProductsAreListedThenCreatedOnceAllowedAndTheBadRowGoesToTheRejectsFileFirst() throws IOException {
        Path stock = file(
                "stock.csv",
                "Item Code;Description;Warehouse;Qty\nA-1;Anchor;MAIN;5\nA-2;Bolt;MAIN;3,5\nA-3;Clip;MAIN;7\n");
        ImportViewModel page = page(new CurrentThreadTaskExecutor());
        kind(page, ImportKind.STOCK);
        page.setup().fileProperty().set(stock.toString());

        page.check();

        assertThat(page.reportProperty().get().unknownProducts()).containsExactly("A-1", "A-3");
        assertThat(ImportTexts.products(page.reportProperty().get())).contains("not in the catalogue", "A-1");
        assertThat(page.canImportProperty().get()).as("rejects: no import").isFalse();

        page.setup().createProductsProperty().set(true); // checks the file again by itself

        assertThat(page.reportProperty().get().productsCreated()).containsExactly("A-1", "A-3");
        assertThat(page.rejects()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.column()).isEqualTo("Qty");
            assertThat(r.message()).contains("whole number");
        });
        assertThat(page.canImportProperty().get()).isFalse();

        page.setup().goodRowsOnlyProperty().set(true);
        assertThat(page.canImportProperty().get()).isTrue();
        Path rejects = fresh.folder().resolve("rejects.csv");
        dialogs.fileAnswers.add(rejects);

        page.importNow();

        assertThat(page.messageProperty().get()).startsWith("Imported 2 rows");
        assertThat(Files.readString(rejects)).contains("A-2", "whole number");
        long a1 = backend.products().findBySku("A-1").orElseThrow().id();
        assertThat(TestBackends.onHand(backend, a1, "MAIN")).isEqualTo(5);
        assertThat(backend.products().findBySku("A-2")).isEmpty();
        assertThat(refreshed).hasValue(1);
        assertThat(page.canImportProperty().get())
                .as("imported: not twice from one preview")
                .isFalse();
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void aColumnChosenByHandIsUsedAndTheFileCheckedAgain() throws IOException {
        Path products = file("products.csv", "Code,Wording,Price\nK-1,Kettle,12.50\nK-2,Kiln,990\n");
        ImportViewModel page = page(new CurrentThreadTaskExecutor());
        page.setup().fileProperty().set(products.toString());
        page.check();
        MappingRow name = page.setup().mapping().stream()
                .filter(r -> r.field() == ImportField.NAME)
                .findFirst()
                .orElseThrow();
        assertThat(name.columnProperty().get()).isEqualTo(ImportViewModel.NOT_IMPORTED);
        assertThat(ImportTexts.unused(page.reportProperty().get())).contains("Wording");

        name.columnProperty().set("Wording");
        page.columnChosen(name);

        assertThat(ImportTexts.unused(page.reportProperty().get())).doesNotContain("Wording");
        assertThat(page.canImportProperty().get()).isTrue();
        page.importNow();
        ProductView kettle = backend.products().findBySku("K-1").orElseThrow();
        assertThat(kettle.details().name()).isEqualTo("Kettle");
    }

    @Test
    void aCancelledImportWritesNothingAndSaysSo() throws IOException {
        Path products = file("products.csv", "SKU,Name\nC-1,Cup\nC-2,Cap\n");
        HeldTaskExecutor held = new HeldTaskExecutor();
        ImportViewModel page = page(held);
        page.setup().fileProperty().set(products.toString());
        page.check();
        held.completeAll();
        assertThat(page.canImportProperty().get()).isTrue();

        page.importNow();
        assertThat(page.busyProperty().get()).isTrue();
        dialogs.progress.get(dialogs.progress.size() - 1).cancel(); // the progress dialog's Cancel
        held.completeAll();

        assertThat(page.messageProperty().get()).isEqualTo("Cancelled: nothing was imported.");
        assertThat(backend.products().findBySku("C-1")).isEmpty();
        assertThat(page.busyProperty().get()).isFalse();
    }

    @Test
    void eachKindsTemplateImportsAsItIs() {
        ImportViewModel page = page(new CurrentThreadTaskExecutor());
        for (ImportKind kind : ImportKind.values()) {
            kind(page, kind);
            page.setup().createProductsProperty().set(kind == ImportKind.STOCK);
            Path template = fresh.folder().resolve(kind.word() + "-template.csv");
            dialogs.fileAnswers.add(template);
            page.saveTemplate();
            page.setup().fileProperty().set(template.toString());

            page.check();

            assertThat(page.reportProperty().get().clean())
                    .as(kind + " template: " + page.rejects())
                    .isTrue();
            assertThat(page.reportProperty().get().mapping().missing()).isEmpty();
        }
    }

    @Test
    void noFileOrAMissingFileIsSaidAndNothingRuns() {
        ImportViewModel page = page(new CurrentThreadTaskExecutor());
        page.check();
        assertThat(page.messageProperty().get()).startsWith("Choose a file first");
        page.setup().fileProperty().set(fresh.folder().resolve("nowhere.csv").toString());
        page.check();
        assertThat(page.messageProperty().get()).startsWith("There is no file").contains("nowhere.csv");
        assertThat(dialogs.progress).isEmpty();
    }

    @Test
    void thePaceLineSaysRowsPerSecondAndTimeLeftFromTheInjectedClock() {
        long[] now = {0};
        ImportPace pace = new ImportPace(() -> now[0]);
        now[0] = 4_000_000_000L;
        assertThat(pace.line("Imported", 20_000, 0.25))
                .isEqualTo("Imported: 20,000 rows, 5,000 rows/s, about 12 s left");
        now[0] = 400_000_000_000L;
        assertThat(pace.line("Imported", 100_000, 0.5))
                .isEqualTo("Imported: 100,000 rows, 250 rows/s, about 7 min left");
        assertThat(pace.line("Checked", 10, -1)).isEqualTo("Checked: 10 rows, 0 rows/s");
    }
}
