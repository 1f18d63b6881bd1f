package org.stockroom.ui.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stockroom.service.Actor;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountPosting;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.ui.TaskExecutor;

/**
 * The Scan page's count mode, a workflow of its own: the first product scanned plans a count session for the
 * location; every change to a line is entered into it at once (so each line keeps the ledger position of its latest
 * scan, as a typed count does); posting reviews and posts it; leaving the mode cancels it. Its tasks run one after
 * another ({@link SerialTasks}), so a post waits for the entries still on their way.
 */
final class ScanCount {

    /** The count reason a scanned count posts with (a seeded code for count variances, fitting gains and losses). */
    static final String REASON = "RECOUNT";

    private final CountSessionService counts;
    private final Supplier<Actor> actor;
    private final ScanFeedback feedback;
    private final SerialTasks work;
    private volatile Long session;

    ScanCount(CountSessionService counts, TaskExecutor executor, Supplier<Actor> actor, ScanFeedback feedback) {
        this.counts = counts;
        this.actor = actor;
        this.feedback = feedback;
        this.work = new SerialTasks(executor);
    }

    /** Enters {@code line}'s quantity at {@code where}; a refusal is said and {@code refused} drops the line. */
    void enter(ScanLine line, String where, Runnable refused) {
        long quantity = line.quantityProperty().get();
        Actor who = actor.get();
        work.submit(
                () -> {
                    if (session == null) {
                        session = counts.create(
                                        who,
                                        new NewCountSession(
                                                "Scanned count at " + where + " " + LocalDate.now(),
                                                new CountScope(List.of(where), null, List.of(line.sku())),
                                                false,
                                                List.of()))
                                .id();
                    }
                    return counts.count(new CountEntry(who, session, line.productId(), where, quantity));
                },
                entered -> {},
                error -> {
                    feedback.refused(error);
                    refused.run();
                });
    }

    /** Reviews and posts the session: adjustments by counted against each position; {@code done} then runs. */
    void post(int lines, String where, Runnable done) {
        Actor who = actor.get();
        long[] posted = new long[1];
        feedback.info("Posting the count...");
        work.submit(
                () -> {
                    if (session == null) {
                        throw new IllegalStateException("The count could not be entered; scan again");
                    }
                    posted[0] = session;
                    counts.finishCounting(who, session);
                    CountPosting posting = counts.post(who, session, REASON);
                    session = null; // the next scan in count mode plans a new session
                    return posting;
                },
                posting -> {
                    done.run();
                    long adjusted = posting.session().lines().stream()
                            .filter(l -> l.postedAdjustment() != null && l.postedAdjustment() != 0)
                            .count();
                    feedback.posted("Counted " + lines + (lines == 1 ? " line" : " lines") + " at " + where
                            + " (count session " + posted[0] + "): " + adjusted + " adjusted, the rest were right.");
                },
                (Consumer<Throwable>) feedback::refused);
    }

    /** Leaving count mode before posting: the session the scans went into is cancelled, nothing posted. */
    void abandon() {
        Actor who = actor.get();
        work.submit(
                () -> {
                    Long left = session;
                    session = null;
                    if (left != null) {
                        counts.cancel(who, left);
                    }
                    return left;
                },
                left -> feedback.info(
                        left == null
                                ? "Count left; nothing was counted."
                                : "Count left: session " + left + " cancelled, nothing posted."),
                (Consumer<Throwable>) feedback::refused);
    }
}
