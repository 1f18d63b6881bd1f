package org.stockroom.service.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Wrong sign-ins counted per workstation, on top of the per-user lock: it slows someone trying badge codes or
 * names at one PC, which no single user's counter sees. After {@link #FREE_FAILURES} failures in a row the
 * workstation waits 30 s, doubling to 15 minutes; a good sign-in there clears it. Kept in memory: one window is
 * one workstation, and a restart (which takes longer than the first delays) clears it (docs/ROLES.md).
 */
final class WorkstationThrottle {

    static final int FREE_FAILURES = 10;
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(15);

    private final Map<String, State> byWorkstation = new HashMap<>();

    private record State(int failures, Instant lockedUntil) {}

    /** When the workstation may try again, or null if it may now. */
    synchronized Instant lockedUntil(String workstation, Instant now) {
        State state = byWorkstation.get(key(workstation));
        return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil())
                ? state.lockedUntil()
                : null;
    }

    synchronized void failed(String workstation, Instant now) {
        State before = byWorkstation.getOrDefault(key(workstation), new State(0, null));
        int failures = before.failures() + 1;
        int over = failures - FREE_FAILURES;
        Instant until = null;
        if (over > 0) {
            Duration wait = FIRST.multipliedBy(1L << Math.min(over - 1, 20));
            until = now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
        }
        byWorkstation.put(key(workstation), new State(failures, until));
    }

    synchronized void succeeded(String workstation) {
        byWorkstation.remove(key(workstation));
    }

    private static String key(String workstation) {
        return workstation == null ? "" : workstation;
    }
}
