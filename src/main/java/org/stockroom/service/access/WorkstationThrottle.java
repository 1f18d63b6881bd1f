package org.stockroom.service.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.access.WorkstationFailures;

/**
 * Wrong sign-ins counted per workstation, on top of the per-user lock: it slows someone trying badge codes or
 * names at one PC, which no single user's counter sees. After {@link #FREE_FAILURES} failures in a row the
 * workstation waits 30 s, doubling to 15 minutes; a good sign-in there clears it. Kept in the database
 * ({@code workstation_throttle}), so a new command-line process or a restarted window goes on where the last one
 * stopped (issue 24: it used to be in memory). Writes run through the write gate like every other write, so two
 * processes counting the same workstation take turns.
 */
final class WorkstationThrottle {

    static final int FREE_FAILURES = 10;
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(15);

    private final Transactions transactions;
    private final WorkstationFailures rows = new WorkstationFailures();

    WorkstationThrottle(Transactions transactions) {
        this.transactions = transactions;
    }

    /** When the workstation may try again, or null if it may now. */
    Instant lockedUntil(String workstation, Instant now) {
        return transactions
                .read(session -> rows.lockedUntil(session, key(workstation)))
                .filter(now::isBefore)
                .orElse(null);
    }

    void failed(String workstation, Instant now) {
        String key = key(workstation);
        transactions.inStatelessTransaction(session -> {
            Optional<WorkstationFailures.Row> before = rows.lockForChange(session, key);
            int failures = before.map(WorkstationFailures.Row::failures).orElse(0) + 1;
            rows.save(
                    session, key, new WorkstationFailures.Row(failures, lockAfter(failures, now)), before.isPresent());
            return null;
        });
    }

    void succeeded(String workstation) {
        transactions.inStatelessTransaction(session -> {
            rows.clear(session, key(workstation));
            return null;
        });
    }

    private static Instant lockAfter(int failures, Instant now) {
        int over = failures - FREE_FAILURES;
        if (over <= 0) {
            return null;
        }
        Duration wait = FIRST.multipliedBy(1L << Math.min(over - 1, 20));
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }

    private static String key(String workstation) {
        String name = workstation == null ? "" : workstation;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
