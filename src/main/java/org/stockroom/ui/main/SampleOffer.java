package org.stockroom.ui.main;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stockroom.service.Actor;
import org.stockroom.service.product.SampleCatalogue;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;

/** On an empty database, the offer of a sample catalogue to try Stockroom out with. */
final class SampleOffer {

    private final SampleCatalogue sample;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final Consumer<String> say;
    private final Consumer<Throwable> failed;

    SampleOffer(
            SampleCatalogue sample,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            Consumer<String> say,
            Consumer<Throwable> failed) {
        this.sample = sample;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.say = say;
        this.failed = failed;
    }

    /** Asks when the database is empty; {@code loaded} runs once the sample is in. */
    void offer(Runnable loaded) {
        executor.run(
                sample::isWanted,
                wanted -> {
                    if (wanted
                            && dialogs.confirm(
                                    "Welcome to Stockroom",
                                    "This stock database is empty. Load a sample catalogue (36 products in three"
                                            + " locations, with some history) to try Stockroom out? You can archive"
                                            + " them later.",
                                    "Load sample catalogue")) {
                        say.accept("Loading the sample catalogue...");
                        executor.run(
                                () -> {
                                    sample.load(actor.get());
                                    return true;
                                },
                                done -> loaded.run(),
                                failed);
                    }
                },
                failed);
    }
}
