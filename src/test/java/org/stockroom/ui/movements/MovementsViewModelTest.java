package org.stockroom.ui.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Backend;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

class MovementsViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    MovementsViewModel page;
    RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void movements() {
        backend = fresh.backend();
        long id = TestBackends.product(backend, "MOV-1").id();
        for (int i = 0; i < MovementJournal.PAGE + 50; i++) {
            backend.stock().receive(TestBackends.change(id, "MAIN", 1));
        }
        backend.stock().issue(TestBackends.change(id, "MAIN", 3));
        page = new MovementsViewModel(backend.journal(), new CurrentThreadTaskExecutor(), dialogs, ZoneOffset.UTC);
    }

    @Test
    void aPageThenLoadMoreThenAFilterAndAnExportOfEveryMatchingMovement() throws Exception {
        page.search();
        assertThat(page.rows()).hasSize(MovementJournal.PAGE);
        assertThat(page.rows().get(0).type()).as("newest first").isEqualTo(MovementType.ISSUE);
        assertThat(page.moreProperty().get()).isTrue();

        page.loadMore();
        assertThat(page.rows()).hasSize(MovementJournal.PAGE + 51);
        assertThat(page.moreProperty().get()).isFalse();

        page.typeProperty().set(MovementType.ISSUE);
        page.search();
        assertThat(page.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualTo(-3));

        page.typeProperty().set(null);
        Path csv = fresh.folder().resolve("movements.csv");
        page.exportTo(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + MovementJournal.PAGE + 51);
        assertThat(lines.get(0)).as("a BOM, so Excel reads UTF-8").startsWith("\uFEFFId,When (UTC),SKU");
        assertThat(page.messageProperty().get()).startsWith("Exported " + (MovementJournal.PAGE + 51));
    }
}
