package org.stockroom.service.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;

/** The session's lines as CSV: every line, and what a blind count hides left out until review. */
class CountSessionCsvTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    long bolt;

    @BeforeEach
    void stock() {
        backend = fresh.backend();
        bolt = TestBackends.product(backend, "BOLT-77").id();
        long nut = TestBackends.product(backend, "NUT-88").id();
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 4321));
        backend.stock().receive(TestBackends.change(nut, "MAIN", 8765));
    }

    private CountSessionView countedBlindSession() {
        Actor ada = Actor.named("Ada");
        CountSessionView session = backend.countSessions()
                .create(ada, new NewCountSession("Aisle", CountScope.locations("MAIN"), true, List.of()));
        backend.countSessions().count(new CountEntry(ada, session.id(), bolt, "MAIN", 4300));
        return backend.countSessions().session(session.id());
    }

    private List<CSVRecord> export(CountSessionView session, String name) throws Exception {
        Path csv = fresh.folder().resolve(name);
        CountSessionCsv.write(session, csv);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }

    @Test
    void asAnExcelWorkbookTheBlindCountKeepsItsSecretsToo() throws Exception {
        Path xlsx = fresh.folder().resolve("blind.xlsx");
        CountSessionCsv.write(countedBlindSession(), xlsx);
        StringBuilder cells = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertThat(book.getSheetAt(0).getLastRowNum())
                    .as("the header and two lines")
                    .isEqualTo(2);
        }
        assertThat(cells.toString())
                .contains("BOLT-77", "4300", "Not counted")
                .doesNotContain("4321")
                .doesNotContain("Expected")
                .doesNotContain("Variance");
    }

    @Test
    void aBlindCountBeforeReviewHasNoExpectedColumnsAndNoExpectedNumber() throws Exception {
        CountSessionView session = countedBlindSession();
        Path csv = fresh.folder().resolve("blind.csv");
        CountSessionCsv.write(session, csv);
        String text = Files.readString(csv);

        assertThat(text).contains("BOLT-77").contains("NUT-88").contains("4300").contains("Not counted");
        assertThat(text)
                .as("neither the expected quantities nor the variance (-21) nor their columns")
                .doesNotContain("4321")
                .doesNotContain("8765")
                .doesNotContain("-21")
                .doesNotContain("Expected")
                .doesNotContain("Variance");
    }

    @Test
    void fromReviewOnEachLineCarriesExpectedAndVariance() throws Exception {
        CountSessionView session = countedBlindSession();
        CountSessionView review = backend.countSessions().finishCounting(Actor.named("Ada"), session.id());

        List<CSVRecord> rows = export(review, "review.csv");

        assertThat(rows).hasSize(2);
        CSVRecord boltRow = rows.stream()
                .filter(r -> r.get("SKU").equals("BOLT-77"))
                .findFirst()
                .orElseThrow();
        assertThat(boltRow.get("Counted")).isEqualTo("4300");
        assertThat(boltRow.get("Expected")).isEqualTo("4321");
        assertThat(boltRow.get("Variance")).isEqualTo("-21");
        assertThat(boltRow.get("Counted by")).isEqualTo("Ada");
        CSVRecord nutRow = rows.stream()
                .filter(r -> r.get("SKU").equals("NUT-88"))
                .findFirst()
                .orElseThrow();
        assertThat(nutRow.get("State")).isEqualTo("Not counted");
        assertThat(nutRow.get("Counted")).isEmpty();
        assertThat(nutRow.get("Expected")).isEqualTo("8765");
    }
}
