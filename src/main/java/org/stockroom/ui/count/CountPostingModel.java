package org.stockroom.ui.count;

import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.domain.reason.ReasonFit;
import org.stockroom.service.Actor;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountReasons;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * Posting a reviewed count: a reason for the gains and one for the losses, each chosen from the codes that fit that
 * sign (a gain is never "Damaged"), a default only where exactly one code fits that sign alone, and a confirmation
 * that says what will change before anything is written. Posting is offered only in review, when the expected
 * quantities and variances are on the screen.
 */
public final class CountPostingModel {

    private final CountSessionService sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final ReadOnlyObjectProperty<CountSessionView> session;
    private final Consumer<String> say;
    private final Consumer<CountSessionView> posted;

    private final ObservableList<ReasonCode> gainChoices = FXCollections.observableArrayList();
    private final ObservableList<ReasonCode> lossChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ReasonCode> gainReason = new SimpleObjectProperty<>();
    private final ObjectProperty<ReasonCode> lossReason = new SimpleObjectProperty<>();
    private final BooleanBinding inReview;
    private final BooleanBinding hasGains;
    private final BooleanBinding hasLosses;
    private final BooleanBinding ready;

    CountPostingModel(
            CountSessionService sessions,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            ReadOnlyObjectProperty<CountSessionView> session,
            Consumer<String> say,
            Consumer<CountSessionView> posted) {
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.session = session;
        this.say = say;
        this.posted = posted;
        inReview = Bindings.createBooleanBinding(
                () -> session.get() != null && session.get().status() == CountSessionStatus.REVIEW, session);
        hasGains =
                Bindings.createBooleanBinding(() -> !changes(session.get(), 1).isEmpty(), session);
        hasLosses =
                Bindings.createBooleanBinding(() -> !changes(session.get(), -1).isEmpty(), session);
        ready = inReview.and(hasGains.not().or(gainReason.isNotNull()))
                .and(hasLosses.not().or(lossReason.isNotNull()));
        session.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                chooseDefaults(); // a reason chosen for one session is not carried to the next
            }
        });
    }

    /** The page's COUNT reasons were (re)loaded. */
    void reasons(List<ReasonCode> active) {
        gainChoices.setAll(active.stream().filter(r -> r.fit().suits(1)).toList());
        lossChoices.setAll(active.stream().filter(r -> r.fit().suits(-1)).toList());
        chooseDefaults();
    }

    private void chooseDefaults() {
        gainReason.set(onlyOne(gainChoices, ReasonFit.GAIN));
        lossReason.set(onlyOne(lossChoices, ReasonFit.LOSS));
    }

    /** The one code made for that sign alone, or none where several fit (which loss is it? the user says). */
    private static ReasonCode onlyOne(List<ReasonCode> choices, ReasonFit fit) {
        List<ReasonCode> made = choices.stream().filter(r -> r.fit() == fit).toList();
        return made.size() == 1 ? made.get(0) : null;
    }

    /** The counted lines not posted yet that would change the ledger with this sign (+1 gains, -1 losses). */
    static List<CountLineView> changes(CountSessionView view, int sign) {
        if (view == null || !view.showsExpected()) {
            return List.of();
        }
        return view.lines().stream()
                .filter(l -> l.isCounted() && l.postedAdjustment() == null && l.variance() != null)
                .filter(l -> Long.signum(l.variance()) == sign)
                .toList();
    }

    /** Asks, naming what will change, then posts; a refusal is said and nothing is written. */
    public void post() {
        CountSessionView now = session.get();
        if (now == null || now.status() != CountSessionStatus.REVIEW) {
            say.accept("Finish counting first: posting follows the review of expected quantities and variances.");
            return;
        }
        if (!ready.get()) {
            say.accept("Choose a reason for the " + (hasGains.get() && gainReason.get() == null ? "gains" : "losses")
                    + " before posting.");
            return;
        }
        if (!dialogs.confirm("Post count session " + now.id(), confirmation(now), "Post to ledger")) {
            say.accept("Not posted.");
            return;
        }
        CountReasons reasons = new CountReasons(code(gainReason.get()), code(lossReason.get()));
        say.accept("Posting...");
        executor.run(
                () -> sessions.post(actor.get(), now.id(), reasons).session(),
                after -> {
                    posted.accept(after);
                    say.accept("Posted session " + after.id() + ": " + headline(now) + ".");
                },
                error -> say.accept(FailureText.of(error)));
    }

    private static String code(ReasonCode reason) {
        return reason == null ? null : reason.code();
    }

    /** "3 lines change: +19 and -2 units (net +17), value 58.90" (also the Scan page's count confirmation). */
    public static String headline(CountSessionView view) {
        List<CountLineView> gains = changes(view, 1);
        List<CountLineView> losses = changes(view, -1);
        long up = gains.stream().mapToLong(CountLineView::variance).sum();
        long down = losses.stream().mapToLong(CountLineView::variance).sum();
        int lines = gains.size() + losses.size();
        if (lines == 0) {
            return "no line changes the ledger (every counted line was right)";
        }
        String units = up != 0 && down != 0
                ? signed(up) + " and " + down + " units (net " + signed(up + down) + ")"
                : signed(up + down) + " units";
        java.math.BigDecimal value = java.util.stream.Stream.concat(gains.stream(), losses.stream())
                .map(CountLineView::varianceValue)
                .filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return lines + (lines == 1 ? " line changes: " : " lines change: ") + units + ", value "
                + value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String confirmation(CountSessionView view) {
        long right = view.lines().stream()
                .filter(l -> l.isCounted()
                        && l.postedAdjustment() == null
                        && Long.valueOf(0).equals(l.variance()))
                .count();
        long notCounted = view.lines().stream().filter(l -> !l.isCounted()).count();
        StringBuilder text = new StringBuilder(view.name())
                .append(": ")
                .append(headline(view))
                .append('.');
        if (hasGains.get()) {
            text.append("\nGains recorded as ").append(gainReason.get().label()).append('.');
        }
        if (hasLosses.get()) {
            text.append("\nLosses recorded as ")
                    .append(lossReason.get().label())
                    .append('.');
        }
        text.append("\n")
                .append(right)
                .append(right == 1 ? " line was" : " lines were")
                .append(" right");
        if (notCounted > 0) {
            text.append("; ").append(notCounted).append(" not counted stay as they are");
        }
        return text.append(".\nThe ledger keeps every movement; a posting is taken back with a reversal.")
                .toString();
    }

    private static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }

    public ObservableList<ReasonCode> gainChoices() {
        return gainChoices;
    }

    public ObservableList<ReasonCode> lossChoices() {
        return lossChoices;
    }

    public ObjectProperty<ReasonCode> gainReasonProperty() {
        return gainReason;
    }

    public ObjectProperty<ReasonCode> lossReasonProperty() {
        return lossReason;
    }

    public BooleanBinding inReview() {
        return inReview;
    }

    public BooleanBinding hasGains() {
        return hasGains;
    }

    public BooleanBinding hasLosses() {
        return hasLosses;
    }

    /** In review, with a reason for each sign there is. */
    public BooleanBinding ready() {
        return ready;
    }
}
