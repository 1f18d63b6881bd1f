package org.stockroom.service.access;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;

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

    WorkstationThrottle(Transactions transactions) {
        this.transactions = transactions;
    }

    /** When the workstation may try again, or null if it may now. */
    Instant lockedUntil(String workstation, Instant now) {
        List<OffsetDateTime> until = transactions.read(session -> Sql.query(
                session,
                "SELECT locked_until FROM workstation_throttle WHERE workstation = ?",
                r -> r.getObject(1, OffsetDateTime.class),
                key(workstation)));
        Instant at =
                until.isEmpty() || until.get(0) == null ? null : until.get(0).toInstant();
        return at != null && now.isBefore(at) ? at : null;
    }

    void failed(String workstation, Instant now) {
        String key = key(workstation);
        transactions.inStatelessTransaction(session -> {
            List<Integer> before = Sql.query(
                    session,
                    "SELECT failures FROM workstation_throttle WHERE workstation = ? FOR UPDATE",
                    r -> r.getInt(1),
                    key);
            int failures = (before.isEmpty() ? 0 : before.get(0)) + 1;
            Instant until = lockAfter(failures, now);
            if (before.isEmpty()) {
                // Inside the write gate: no other process inserts this row meanwhile.
                Sql.update(
                        session,
                        "INSERT INTO workstation_throttle (workstation, failures, locked_until) VALUES (?, ?, ?)",
                        key,
                        failures,
                        until);
            } else {
                Sql.update(
                        session,
                        "UPDATE workstation_throttle SET failures = ?, locked_until = ? WHERE workstation = ?",
                        failures,
                        until,
                        key);
            }
            return null;
        });
    }

    void succeeded(String workstation) {
        transactions.inStatelessTransaction(session ->
                Sql.update(session, "DELETE FROM workstation_throttle WHERE workstation = ?", key(workstation)));
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
