package org.stockroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.MutableClock;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.service.Backend;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

/**
 * The status bar's audit tells the truth after the ledger changes: it says what came after its last check, checks
 * again by itself once that check is old enough, and a click checks now.
 */
class LedgerAuditStatusTest {

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend(clock);

    Backend backend;
    RecordingDialogService dialogs = new RecordingDialogService();
    LedgerAuditStatus status;
    long bolt;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        bolt = TestProduct.sku("BOLT").createIn(backend).id();
        status = new LedgerAuditStatus(backend.audit(), new CurrentThreadTaskExecutor(), dialogs, clock);
    }

    @Test
    void aChangeAfterTheCheckIsSaidThenCheckedAgainOnceTheQuietTimeHasPassed() {
        status.tick();
        assertThat(status.textProperty().get())
                .as("nothing to tick about before the first check")
                .isEmpty();
        status.runNow();
        assertThat(status.textProperty().get()).contains("all balances match (0 stock levels, 0 movements)");

        backend.stock().receive(TestBackends.change(bolt, "MAIN", 5));
        backend.stock().issue(TestBackends.change(bolt, "MAIN", 2));
        clock.advance(Duration.ofMinutes(1));
        status.tick();

        assertThat(status.textProperty().get())
                .contains("(0 stock levels, 0 movements)")
                .endsWith("; newer movements not checked yet (up to 2)");

        clock.advance(LedgerAuditStatus.QUIET);
        status.tick();

        assertThat(status.textProperty().get())
                .as("checked again by itself")
                .contains("all balances match (1 stock levels, 2 movements)")
                .doesNotContain("not checked");
        status.tick();
        assertThat(status.textProperty().get()).doesNotContain("not checked");
    }

    @Test
    void aClickChecksNowAndListsWhatDoesNotMatch() {
        status.runNow();
        backend.stock().receive(TestBackends.change(bolt, "MAIN", 5));
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery("UPDATE stock_level SET on_hand = on_hand + 3")
                        .executeUpdate());

        status.clicked();

        assertThat(status.mismatchesProperty().get()).isTrue();
        assertThat(status.textProperty().get()).contains("do not match");
        assertThat(dialogs.errors).singleElement().asString().contains("BOLT");
    }
}
