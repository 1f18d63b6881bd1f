package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/** The printed count sheet: every line, and the expected quantity only where the session shows it. */
class CountSheetTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;

    @BeforeEach
    void stock() {
        backend = fresh.backend();
        long bolt = TestBackends.product(backend, "BOLT-77").id();
        long nut = TestBackends.product(backend, "NUT-88").id();
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 4321));
        backend.stock().receive(TestBackends.change(nut, "MAIN", 8765));
    }

    private String sheetText(boolean blind) throws Exception {
        CountSessionView session = backend.countSessions()
                .create(
                        Actor.named("Ada"),
                        new NewCountSession("Aisle", CountScope.locations("MAIN"), blind, List.of()));
        Path pdf = fresh.folder().resolve(blind ? "blind.pdf" : "open.pdf");
        CountSheet.write(session, ZoneOffset.UTC, pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void aBlindSheetListsEveryLineWithoutTheExpectedQuantities() throws Exception {
        String text = sheetText(true);

        assertThat(text)
                .contains("BOLT-77")
                .contains("NUT-88")
                .contains("blind count")
                .contains("Counted");
        assertThat(text).doesNotContain("4321").doesNotContain("8765").doesNotContain("Expected");
    }

    @Test
    void anOpenSheetPrintsTheExpectedQuantities() throws Exception {
        String text = sheetText(false);

        assertThat(text).contains("Expected").contains("4321").contains("8765");
    }
}
