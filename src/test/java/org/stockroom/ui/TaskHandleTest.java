package org.stockroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long work reports progress to the window and stops between batches when asked, never by an interrupt. */
class TaskHandleTest {

    final HeldTaskExecutor executor = new HeldTaskExecutor();
    final List<Integer> results = new ArrayList<>();

    /** Ten batches; after each it reports and checks whether to stop. */
    private TaskHandle startTenBatches(Runnable afterBatchThree) {
        return executor.runWithProgress(
                progress -> {
                    int batches = 0;
                    while (batches < 10 && !progress.cancelRequested()) {
                        batches++;
                        progress.report(batches, 10, "Batch " + batches + " of 10");
                        if (batches == 3) {
                            afterBatchThree.run();
                        }
                    }
                    return batches;
                },
                results::add,
                error -> {
                    throw new AssertionError(error);
                });
    }

    @Test
    void progressAndTheLastMessageReachTheWindowAndTheHandleEnds() {
        TaskHandle handle = startTenBatches(() -> {});
        assertThat(handle.progressProperty().get())
                .as("not known before it starts")
                .isEqualTo(-1);

        executor.completeAll();

        assertThat(results).containsExactly(10);
        assertThat(handle.progressProperty().get()).isEqualTo(1.0);
        assertThat(handle.messageProperty().get()).isEqualTo("Batch 10 of 10");
        assertThat(handle.doneProperty().get()).isTrue();
    }

    @Test
    void aCancelStopsTheWorkAtTheNextBatchBoundaryWithWhatItHasDone() {
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = startTenBatches(() -> handle[0].cancel());

        executor.completeAll();

        assertThat(results).as("batches done when it stopped").containsExactly(3);
        assertThat(handle[0].isCancelRequested()).isTrue();
        assertThat(handle[0].progressProperty().get()).isEqualTo(0.3);
        assertThat(handle[0].doneProperty().get()).isTrue();
    }
}
