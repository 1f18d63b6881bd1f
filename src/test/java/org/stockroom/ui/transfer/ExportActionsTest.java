package org.stockroom.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Backend;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

/** The product list's Export menu: this PC's number format for CSV, a workbook for .xlsx, and what it says. */
class ExportActionsTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    RecordingDialogService dialogs = new RecordingDialogService();
    AtomicReference<String> status = new AtomicReference<>();
    org.stockroom.domain.catalogue.CatalogueQuery shown;

    ExportActions on(Backend backend, Locale pc) {
        return new ExportActions(
                backend.productExport(),
                new org.stockroom.service.transfer.ProductListExport(backend.productCatalogue()),
                () -> shown,
                backend.stockExport(),
                new CurrentThreadTaskExecutor(),
                dialogs,
                status::set,
                DecimalFormatSymbols.getInstance(pc));
    }

    @Test
    void aGermanPcGetsDecimalCommasAndSemicolonsAndAnXlsxNameGetsAWorkbook() throws Exception {
        Backend backend = fresh.backend();
        long id = backend.products()
                .create(
                        TestBackends.ACTOR,
                        new ProductDetails(
                                "S-1", "Schraube", "Teile", "Stück", null, 3, new BigDecimal("0.125"), false))
                .id();
        backend.stock().receive(TestBackends.change(id, "MAIN", 40));

        Path csv = fresh.folder().resolve("katalog.csv");
        dialogs.fileAnswers.add(csv);
        on(backend, Locale.GERMANY).exportCatalogue();
        assertThat(Files.readString(csv)).contains("S-1;Schraube;Teile;Stück;;0,125;3;no");
        assertThat(status.get()).isEqualTo("Exported 1 products to " + csv + ".");

        Path xlsx = fresh.folder().resolve("stock.xlsx");
        dialogs.fileAnswers.add(xlsx);
        on(backend, Locale.US).exportStock();
        assertThat(Files.readAllBytes(xlsx)).startsWith(new byte[] {'P', 'K'});
        assertThat(status.get()).startsWith("Exported 1 stock lines");
    }

    @Test
    void theListAsShownIsExportedWithItsFilterAndSortAndItsFigures() throws Exception {
        Backend backend = fresh.backend();
        for (String sku : new String[] {"BOLT-2", "NUT-1", "BOLT-1"}) {
            long id = TestBackends.product(backend, sku).id();
            backend.stock().receive(TestBackends.change(id, "MAIN", sku.length()));
        }
        shown = org.stockroom.domain.catalogue.CatalogueQuery.everything().withText("bolt");
        Path csv = fresh.folder().resolve("bolts.csv");
        dialogs.fileAnswers.add(csv);

        on(backend, Locale.US).exportList();

        java.util.List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("SKU,Name,Category,Unit,On hand,Reserved,Available");
        assertThat(lines.get(1)).startsWith("BOLT-1,");
        assertThat(lines.get(2)).startsWith("BOLT-2,").contains(",6,0,6,");
        assertThat(status.get()).startsWith("Exported 2 products");
    }
}
