package org.stockroom.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.stockroom.service.ledger.LedgerAudit;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;

/**
 * The status bar's ledger audit, which must not go on saying "verified" about a ledger that has changed since. It
 * runs once the first rows show; then every {@link #tick} (the window calls it every {@link #TICK}) reads the newest
 * movement's id, one indexed read, and says how many movements came after the last check; when some did and the
 * last check is {@link #QUIET} old, it checks again in the background. A click checks now and, if balances do not
 * match, lists them.
 */
public final class LedgerAuditStatus {

    /** How often the window asks whether the ledger has changed. */
    public static final Duration TICK = Duration.ofSeconds(30);

    /** The least time between two full checks made by themselves (a full check reads every stock level). */
    static final Duration QUIET = Duration.ofMinutes(5);

    private final LedgerAudit audit;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mismatches = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private LedgerAudit.Result last;
    private boolean showWhenDone;

    public LedgerAuditStatus(LedgerAudit audit, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.audit = audit;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Checks the whole ledger now, in the background. */
    public void runNow() {
        if (running.get()) {
            return;
        }
        running.set(true);
        show("Checking the ledger...", "Checking the ledger...");
        executor.run(
                audit::runNow,
                result -> {
                    running.set(false);
                    last = result;
                    show(result.summary(), headline(result, 0));
                    mismatches.set(!result.clean());
                    if (showWhenDone && !result.clean()) {
                        showDetails();
                    }
                    showWhenDone = false;
                },
                error -> {
                    running.set(false);
                    show("Ledger check could not run: " + error.getMessage(), "Ledger check could not run");
                });
    }

    /** Checks now if {@code ready} (the first rows show), else once {@link #ready} is called: never slows a start. */
    public void runOnceReady(boolean ready) {
        if (ready) {
            runNow();
        } else {
            pending = true;
        }
    }

    /** The first rows show: a check asked for earlier runs now. */
    public void ready() {
        if (pending) {
            pending = false;
            runNow();
        }
    }

    private boolean pending;

    /** The status bar was clicked: check now, and list any mismatches it finds. */
    public void clicked() {
        showWhenDone = true;
        runNow();
    }

    /** Has the ledger changed since the last check? Says so, and checks again when the last check is old enough. */
    public void tick() {
        LedgerAudit.Result checked = last;
        if (running.get() || checked == null || checked.report() == null) {
            return;
        }
        executor.run(
                audit::latestMovementId,
                latest -> {
                    if (last != checked || running.get()) {
                        return; // a newer check came in meanwhile
                    }
                    long upTo = checked.report().upToMovementId();
                    if (latest <= upTo) {
                        show(checked.summary(), headline(checked, 0));
                        return;
                    }
                    if (!Duration.between(checked.at(), Instant.now(clock))
                            .minus(QUIET)
                            .isNegative()) {
                        runNow();
                        return;
                    }
                    String newer = String.format(Locale.ROOT, "%,d", latest - upTo);
                    show(
                            checked.summary() + "; newer movements not checked yet (up to " + newer + ")",
                            headline(checked, latest - upTo));
                },
                error -> show(
                        checked.summary() + "; cannot read the ledger now: " + error.getMessage(),
                        headline(checked, 0) + ", cannot read it now"));
    }

    private void show(String full, String shortForm) {
        text.set(full);
        headline.set(shortForm);
    }

    /** The status bar's words: "Ledger verified 08:02", "Ledger: 3 balances do not match"; the rest in a tooltip. */
    private static String headline(LedgerAudit.Result result, long newer) {
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(java.time.LocalTime.ofInstant(result.at(), java.time.ZoneId.systemDefault()));
        if (result.report() == null) {
            return "Ledger check " + when + " could not run";
        }
        String head = result.clean()
                ? "Ledger verified " + when
                : "Ledger " + when + ": " + result.mismatches().size() + " balance(s) do not match";
        return newer > 0 ? head + " (newer movements not checked yet)" : head;
    }

    private void showDetails() {
        StringBuilder list = new StringBuilder(last.summary()).append(":\n\n");
        last.mismatches().stream().limit(50).forEach(m -> list.append(m).append('\n'));
        if (last.mismatches().size() > 50) {
            list.append("... and ").append(last.mismatches().size() - 50).append(" more (stockroom verify lists all)");
        }
        dialogs.showError("Ledger check", list.toString());
    }

    /** The status bar's link: its text, red while balances do not match, a click checks now. */
    static void bind(javafx.scene.control.Hyperlink link, LedgerAuditStatus ledger) {
        link.textProperty().bind(ledger.headline);
        link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.visibleProperty().bind(ledger.textProperty().isNotEmpty());
        link.disableProperty().bind(ledger.runningProperty());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(ledger.textProperty().concat(". Click to check the ledger now."));
        link.setTooltip(tip);
        link.setOnAction(e -> ledger.clicked());
        ledger.mismatchesProperty().addListener((o, was, now) -> {
            link.getStyleClass().remove("danger");
            if (now) {
                link.getStyleClass().add("danger");
            }
        });
        javafx.animation.Timeline ticks = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.millis(TICK.toMillis()), e -> ledger.tick()));
        ticks.setCycleCount(javafx.animation.Animation.INDEFINITE);
        ticks.play();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mismatchesProperty() {
        return mismatches.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
