package org.stockroom.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/**
 * What Stockroom exports imports back unchanged into an empty folder: the sample catalogue, and 100,000 products
 * whose text starts like formulas, holds commas, quotes, semicolons and non-Latin letters, with both number styles.
 * The second folder's export is byte for byte the first's, so every field of every product came back.
 */
class ExportImportRoundTripTest {

    static final int GENERATED = Integer.getInteger("stockroom.roundtrip.products", 100_000);

    @RegisterExtension
    final FreshBackend first = new FreshBackend();

    @RegisterExtension
    final FreshBackend second = new FreshBackend();

    final Actor by = Actor.named("importer");

    @Test
    void theSampleCatalogueComesBackUnchanged() throws IOException {
        first.backend().sampleCatalogue().load(by);
        assertRoundTrip(NumberStyle.DECIMAL_POINT, ExportFormat.CSV);
    }

    @Test
    void theSampleCatalogueAndItsStockComeBackUnchangedThroughExcelFiles() throws IOException {
        first.backend().sampleCatalogue().load(by);
        stockEverywhere(first.backend(), 300);
        assertRoundTrip(NumberStyle.DECIMAL_POINT, ExportFormat.XLSX);
    }

    /** Opening stock for the first {@code products} products, over four new locations, through a stock import. */
    private void stockEverywhere(Backend backend, int products) throws IOException {
        Path catalogue = first.folder().resolve("skus.csv");
        backend.productExport().write(catalogue, NumberStyle.DECIMAL_POINT);
        java.util.List<String> skus = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(Files.readString(catalogue).substring(1)))) {
            parser.forEach(record -> skus.add(record.get(0)));
        }
        StringBuilder stock = new StringBuilder("SKU,Location,Location name,Quantity\n");
        int lines = Math.min(products, skus.size());
        for (int i = 0; i < lines; i++) {
            stock.append('"')
                    .append(skus.get(i).replace("\"", "\"\""))
                    .append("\",L-")
                    .append(i % 4)
                    .append(",\"Shelf ")
                    .append(i % 4)
                    .append(", \"\"top\"\"\",")
                    .append(1 + (i * 37L) % 5_000)
                    .append('\n');
        }
        Path file = Files.writeString(first.folder().resolve("stock-source.csv"), stock, StandardCharsets.UTF_8);
        ImportReport done = backend.imports()
                .commit(
                        by,
                        file,
                        ImportOptions.of(ImportKind.STOCK).withCreate(false, true),
                        ImportProgress.NONE,
                        () -> false);
        assertThat(done.tallies().get("stock lines").created()).isEqualTo(lines);
    }

    @Test
    void aHundredThousandHostileProductsComeBackUnchangedWithDecimalCommas() throws IOException {
        StringBuilder s = new StringBuilder("SKU,Name,Category,Unit,Barcode,Unit cost,Reorder point,Archived\n");
        String[] names = {
            "=HYPERLINK(\"\"x\"\")", "-5 degrees, cold", "+plus; minus", "@home", "Größe \"\"M\"\"", "Ĉiu 日本"
        };
        for (int i = 0; i < GENERATED; i++) {
            s.append(i % 7 == 0 ? "-R" : "R")
                    .append(i)
                    .append(',')
                    .append('"')
                    .append(names[i % names.length])
                    .append(' ')
                    .append(i)
                    .append('"')
                    .append(',')
                    .append(i % 3 == 0 ? "=Cat" : "Cat " + (i % 50))
                    .append(",each,")
                    .append(i % 11 == 0 ? String.valueOf(4_000_000_000_000L + i) : "")
                    .append(',')
                    .append(i % 5)
                    .append('.')
                    .append(i % 10_000)
                    .append(',')
                    .append(i % 40)
                    .append(',')
                    .append(i % 13 == 0 ? "yes" : "no")
                    .append('\n');
        }
        Path source = Files.writeString(first.folder().resolve("source.csv"), s, StandardCharsets.UTF_8);
        commit(first.backend(), source);
        assertThat(first.backend().catalogue().productCount()).isEqualTo(GENERATED);
        assertThat(first.backend()
                        .products()
                        .findBySku("-R0")
                        .orElseThrow()
                        .details()
                        .name())
                .isEqualTo("=HYPERLINK(\"x\") 0");

        stockEverywhere(first.backend(), GENERATED / 4); // a quarter stocked: import time, not the check, grows with it
        assertRoundTrip(NumberStyle.DECIMAL_COMMA, ExportFormat.CSV);
    }

    /**
     * Exports the catalogue and the stock from the first folder in {@code format}, imports both into the empty
     * second folder (stock as opening stock, creating the locations it names), and compares CSV exports of the two
     * folders byte for byte: every field of every product, every balance at every location.
     */
    private void assertRoundTrip(NumberStyle style, ExportFormat format) throws IOException {
        String ext = format == ExportFormat.XLSX ? ".xlsx" : ".csv";
        Path exported = first.folder().resolve("export" + ext);
        long n = first.backend().productExport().write(exported, format, style);
        if (format == ExportFormat.CSV) {
            assertThat(Files.readString(exported))
                    .doesNotContain("\n=")
                    .doesNotContain(",=")
                    .doesNotContain(";=");
        }
        Path stock = first.folder().resolve("stock" + ext);
        long lines = first.backend().stockExport().write(stock, format, style);

        ImportReport imported = commit(second.backend(), exported);
        assertThat(imported.rejectCount()).isZero();
        assertThat(imported.mapping().unused())
                .as("every exported column maps back")
                .isEmpty();
        assertThat(second.backend().catalogue().productCount()).isEqualTo(n);
        ImportReport stocked = second.backend()
                .imports()
                .commit(
                        by,
                        stock,
                        ImportOptions.of(ImportKind.STOCK).withCreate(false, true),
                        ImportProgress.NONE,
                        () -> false);
        assertThat(stocked.rejectCount()).isZero();
        assertThat(stocked.mapping().unused())
                .as("only Reserved is for reading")
                .containsExactly("Reserved");
        assertThat(lines).isPositive();

        assertThat(csvOf(second.backend(), "products", style))
                .as("every field of every product")
                .isEqualTo(csvOf(first.backend(), "products", style));
        assertThat(csvOf(second.backend(), "stock", style))
                .as("every balance at every location")
                .isEqualTo(csvOf(first.backend(), "stock", style));
        assertThat(second.backend().verifier().verify().consistent()).isTrue();
        Path firstCsv = first.folder().resolve("products-again.csv");
        first.backend().productExport().write(firstCsv, style);
        ProductDetails one = first.backend()
                .products()
                .findBySku(firstSku(firstCsv))
                .orElseThrow()
                .details();
        assertThat(second.backend()
                        .products()
                        .findBySku(one.sku())
                        .orElseThrow()
                        .details()
                        .sameAs(one))
                .isTrue();
        assertThat(one.unitCost()).isNotNull().isInstanceOf(BigDecimal.class);
    }

    private static byte[] csvOf(Backend backend, String what, NumberStyle style) throws IOException {
        Path file = Files.createTempFile("roundtrip-" + what, ".csv");
        Files.delete(file);
        try {
            if (what.equals("products")) {
                backend.productExport().write(file, style);
            } else {
                backend.stockExport().write(file, ExportFormat.CSV, style);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String firstSku(Path export) throws IOException {
        String line = Files.readAllLines(export).get(1);
        return line.split("[,;]")[0].replace("'", "");
    }

    private ImportReport commit(Backend backend, Path file) {
        return backend.imports()
                .commit(by, file, ImportOptions.of(ImportKind.PRODUCTS), ImportProgress.NONE, () -> false);
    }
}
