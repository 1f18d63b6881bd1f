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
        assertRoundTrip(NumberStyle.DECIMAL_POINT);
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

        assertRoundTrip(NumberStyle.DECIMAL_COMMA);
    }

    private void assertRoundTrip(NumberStyle style) throws IOException {
        Path exported = first.folder().resolve("export.csv");
        long n = first.backend().productExport().write(exported, style);
        assertThat(Files.readString(exported))
                .doesNotContain("\n=")
                .doesNotContain(",=")
                .doesNotContain(";=");

        ImportReport imported = commit(second.backend(), exported);
        assertThat(imported.rejectCount()).isZero();
        assertThat(imported.mapping().unused())
                .as("every exported column maps back")
                .isEmpty();
        assertThat(second.backend().catalogue().productCount()).isEqualTo(n);

        Path again = second.folder().resolve("export.csv");
        second.backend().productExport().write(again, style);
        assertThat(Files.readAllBytes(again))
                .as("every field of every product")
                .isEqualTo(Files.readAllBytes(exported));
        ProductDetails one = first.backend()
                .products()
                .findBySku(firstSku(exported))
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

    private static String firstSku(Path export) throws IOException {
        String line = Files.readAllLines(export).get(1);
        return line.split("[,;]")[0].replace("'", "");
    }

    private ImportReport commit(Backend backend, Path file) {
        return backend.imports()
                .commit(by, file, ImportOptions.of(ImportKind.PRODUCTS), ImportProgress.NONE, () -> false);
    }
}
