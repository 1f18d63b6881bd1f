package org.stockroom.ui.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.service.Actor;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountPosting;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.count.CountPostingModel;

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
    private final DialogService dialogs;
    private volatile Long session;

    ScanCount(
            CountSessionService counts,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            ScanFeedback feedback) {
        this.counts = counts;
        this.dialogs = dialogs;
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

    /**
     * Finishes counting, shows what would change and asks; only then posts the session (adjustments by counted
     * against each position), and {@code done} runs. Declined, the session waits in review: Enter posts it later,
     * leaving Count mode cancels it.
     */
    void post(int lines, String where, Runnable done) {
        Actor who = actor.get();
        feedback.info("Reviewing the count...");
        work.submit(
                () -> {
                    if (session == null) {
                        throw new IllegalStateException("The count could not be entered; scan again");
                    }
                    CountSessionView view = counts.session(session);
                    return view.status() == CountSessionStatus.REVIEW ? view : counts.finishCounting(who, session);
                },
                view -> {
                    if (dialogs.confirm(
                            "Post the count at " + where,
                            CountPostingModel.headline(view) + ". Recorded as " + REASON + ".",
                            "Post to ledger")) {
                        post(who, view.id(), lines, where, done);
                    } else {
                        feedback.info("Not posted: the count waits in review (session " + view.id()
                                + "). Enter on the empty field posts it; leaving Count mode cancels it.");
                    }
                },
                (Consumer<Throwable>) feedback::refused);
    }

    private void post(Actor who, long reviewed, int lines, String where, Runnable done) {
        long[] posted = {reviewed};
        feedback.info("Posting the count...");
        work.submit(
                () -> {
                    CountPosting posting = counts.post(who, reviewed, REASON);
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
