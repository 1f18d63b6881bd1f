package org.stockroom.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;

/**
 * The four exports of other systems in src/test/resources/real-data (a copy of ../shared/real-data: InvenTree's
 * part and stock exports, Odoo's product export as CSV and XLSX) import with the mapping found by itself and no
 * hand editing.
 */
class RealFilesImportTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    final Actor by = Actor.named("importer");

    static Path real(String name) {
        try {
            return Path.of(
                    RealFilesImportTest.class.getResource("/real-data/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportReport commit(String file, ImportOptions options) {
        return fresh.backend().imports().commit(by, real(file), options, ImportProgress.NONE, () -> false);
    }

    @Test
    void inventreePartsImportAsProductsWithTheirNamesAsCodes() {
        ImportReport report = commit("inventree-parts.csv", ImportOptions.of(ImportKind.PRODUCTS));

        assertThat(report.tallies().get("products").created()).isEqualTo(414);
        assertThat(report.mapping()
                        .headerOf(report.mapping().column(ImportField.CATEGORY).orElseThrow()))
                .as("the category's name, not InvenTree's category id")
                .isEqualTo("Category Name");
        assertThat(fresh.backend().products().findBySku("R_10R_0402_1%")).isPresent();
        assertThat(fresh.backend().catalogue().productCount()).isEqualTo(414);
    }

    @Test
    void odooCsvAndXlsxMapAlikeAndUpdateTheSameProducts() {
        commit("inventree-parts.csv", ImportOptions.of(ImportKind.PRODUCTS));
        Backend b = fresh.backend();
        ImportReport csv = b.imports()
                .preview(
                        by,
                        real("odoo-products.csv"),
                        ImportOptions.of(ImportKind.PRODUCTS),
                        ImportProgress.NONE,
                        () -> false);
        ImportReport xlsx = b.imports()
                .preview(
                        by,
                        real("odoo-products.xlsx"),
                        ImportOptions.of(ImportKind.PRODUCTS),
                        ImportProgress.NONE,
                        () -> false);

        assertThat(csv.rejectCount()).isZero();
        assertThat(xlsx.rejectCount()).isZero();
        assertThat(xlsx.mapping().columns()).isEqualTo(csv.mapping().columns());
        assertThat(xlsx.tallies().get("products").changed())
                .as("every Odoo product is an InvenTree part under the same code")
                .isEqualTo(414)
                .isEqualTo(csv.tallies().get("products").changed());
        assertThat(xlsx.changes()).isEqualTo(csv.changes());
    }

    @Test
    void inventreeStockRejectsWhatCannotBeStockAndImportsTheRest() {
        ImportOptions strict = ImportOptions.of(ImportKind.STOCK).withCreate(true, true);
        ImportReport preview = fresh.backend()
                .imports()
                .preview(by, real("inventree-stock.csv"), strict, ImportProgress.NONE, () -> false);
        assertThat(preview.rejects())
                .extracting(Reject::describe)
                .contains(
                        "row 190, column Quantity: '2.275' is not a whole number",
                        "row 153, column Location.Path: has a quantity but no location; choose a default location"
                                + " (--location CODE)");
        assertThat(preview.rowsRejected()).isEqualTo(22);
        assertThat(preview.notes()).containsEntry("rows marked not in stock, skipped", 68L);

        Path rejects = fresh.folder().resolve("rejects.csv");
        ImportReport done =
                commit("inventree-stock.csv", strict.withDefaultLocation("MAIN").withGoodRowsOnly(true, rejects));

        assertThat(done.rowsRejected()).as("only the fractional quantities").isEqualTo(4);
        assertThat(done.commandKey()).startsWith("import-");
        VerificationReport ledger = fresh.backend().verifier().verify();
        assertThat(ledger.consistent()).isTrue();
        assertThat(ledger.movements())
                .isEqualTo(done.tallies().get("stock lines").created());
        assertThat(rejects).content().contains("2.275").contains(RejectsFile.ERROR_COLUMN);
    }
}
