package org.stockroom.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;
import org.stockroom.ui.CurrentThreadTaskExecutor;

class ReverseViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    long productId;
    String receipt;
    final AtomicInteger refreshed = new AtomicInteger();

    @BeforeEach
    void stock() {
        backend = fresh.backend();
        productId = TestBackends.product(backend, "REV-1").id();
        receipt = CommandKeys.newKey();
        backend.stock().receive(new StockChange(receipt, Actor.named("Ada"), productId, "MAIN", 12, null, null));
    }

    private ReverseViewModel dialog() {
        return new ReverseViewModel(
                backend.reversals(),
                backend.reasonCodes().active(ReasonUse.REVERSE),
                new CurrentThreadTaskExecutor(),
                () -> Actor.named("Ada"),
                receipt,
                "Receive +12 at MAIN",
                refreshed::incrementAndGet);
    }

    @Test
    void itNeedsAReasonThenReversesOnceAndASecondDialogIsRefusedInPlace() {
        ReverseViewModel first = dialog();
        first.reverse();
        assertThat(first.messageProperty().get()).isEqualTo("Choose a reason.");

        first.reasonProperty().set(first.reasons().get(0));
        first.noteProperty().set("booked twice");
        first.reverse();

        assertThat(first.closedProperty().get()).isTrue();
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(backend.catalogue().productRow(productId).orElseThrow().onHand())
                .isZero();

        ReverseViewModel second = dialog();
        second.reasonProperty().set(second.reasons().get(0));
        second.noteProperty().set("again");
        second.reverse();

        assertThat(second.closedProperty().get()).isFalse();
        assertThat(second.messageProperty().get()).contains("already reversed");
        assertThat(second.noteProperty().get()).as("what was typed stays").isEqualTo("again");
    }
}
