package org.stockroom.ui.scan;

import java.util.List;
import java.util.function.Supplier;
import org.stockroom.service.Actor;
import org.stockroom.service.stock.ListCommand;
import org.stockroom.service.stock.StockResult;
import org.stockroom.service.stock.StockService;
import org.stockroom.ui.TaskExecutor;

/**
 * Posts the Scan page's list (receive, pick or move) as one command under the list's key, so a second Enter or a
 * retry after a failure records it once, and says what was posted ("Picked 1 line, 3 units from MAIN.").
 */
final class ListPosting {

    private final StockService stock;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final ScanFeedback feedback;

    ListPosting(StockService stock, TaskExecutor executor, Supplier<Actor> actor, ScanFeedback feedback) {
        this.stock = stock;
        this.executor = executor;
        this.actor = actor;
        this.feedback = feedback;
    }

    /** {@code posted} runs once the list is in the ledger (the page then starts a new list with a new key). */
    void post(ScanMode doing, String key, String from, String to, List<ScanLine> lines, Runnable posted) {
        ListCommand list = new ListCommand(
                key,
                actor.get(),
                doing.kind(),
                from,
                to,
                lines.stream()
                        .map(l -> new ListCommand.Line(
                                l.productId(),
                                l.quantityProperty().get(),
                                l.noteProperty().get()))
                        .toList());
        feedback.info("Posting...");
        executor.run(
                () -> stock.post(list),
                result -> {
                    posted.run();
                    feedback.posted(words(doing, list, result));
                },
                feedback::refused);
    }

    private static String words(ScanMode doing, ListCommand list, StockResult result) {
        long units = list.lines().stream().mapToLong(ListCommand.Line::quantity).sum();
        int count = list.lines().size();
        return doing.done() + " " + count + (count == 1 ? " line, " : " lines, ") + units
                + (units == 1 ? " unit " : " units ")
                + (doing == ScanMode.MOVE
                        ? "from " + list.locationCode() + " to " + list.toLocationCode()
                        : (doing == ScanMode.RECEIVE ? "into " : "from ") + list.locationCode())
                + (result.replayed() ? " (it had been posted already)" : "") + ".";
    }
}
