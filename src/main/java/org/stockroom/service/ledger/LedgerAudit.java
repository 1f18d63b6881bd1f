package org.stockroom.service.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.stockroom.service.BackgroundSchedule;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;

/**
 * The visible integrity audit: runs the ledger verifier and says what it found in one line a manager can read
 * ("Ledger verified 08:02: all balances match"). {@link #every} repeats it (daily in {@code serve}).
 */
public final class LedgerAudit implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LedgerVerifier verifier;
    private final Clock clock;
    private BackgroundSchedule timer;

    /** What one audit found. */
    public record Result(Instant at, VerificationReport report, String failure) {

        public boolean clean() {
            return failure == null && report.consistent();
        }

        public List<LedgerMismatch> mismatches() {
            return report == null ? List.of() : report.mismatches();
        }

        /** One line for a status bar or a log. */
        public String summary() {
            String when = TIME.format(LocalTime.ofInstant(at, ZoneId.systemDefault()));
            if (failure != null) {
                return "Ledger check " + when + " could not run: " + failure;
            }
            if (report.consistent()) {
                return String.format(
                        "Ledger verified %s: all balances match (%,d stock levels, %,d movements)",
                        when, report.stockLevels(), report.movements());
            }
            return "Ledger check " + when + ": " + report.mismatches().size() + " balance(s) do not match their"
                    + " movements - see the list";
        }
    }

    public LedgerAudit(LedgerVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    public Result runNow() {
        Instant at = clock.instant();
        try {
            return new Result(at, verifier.verify(), null);
        } catch (RuntimeException e) {
            return new Result(at, null, e.getMessage());
        }
    }

    /** The newest movement's id: compared with {@link VerificationReport#upToMovementId()} to see what is new. */
    public long latestMovementId() {
        return verifier.latestMovementId();
    }

    /** Runs it after {@code first} and then every {@code period}, on a background thread of its own. */
    public LedgerAudit every(Duration first, Duration period, Consumer<Result> listener) {
        timer = new BackgroundSchedule("stockroom-audit", Duration.ofMinutes(5));
        timer.every(first, period, () -> listener.accept(runNow()));
        return this;
    }

    /** Stops the schedule; an audit in progress finishes (never interrupted: it may be inside H2). */
    @Override
    public void close() {
        if (timer != null) {
            timer.close();
        }
    }
}
