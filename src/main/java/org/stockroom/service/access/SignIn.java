package org.stockroom.service.access;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.NotAllowedException;

/**
 * Signing in, by password, PIN or badge. A refusal never says which part was wrong, takes as long for a name that
 * does not exist as for one that does, and counts against the account and the workstation.
 */
final class SignIn {

    private final Transactions transactions;
    private final SecretHasher hasher;
    private final Clock clock;
    private final WorkstationThrottle throttle;
    /** Made at the first sign-in of an unknown name, not at start-up (a hash costs ~80 ms). */
    private volatile String unknownUserHash;

    SignIn(Transactions transactions, SecretHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = new WorkstationThrottle(transactions);
    }

    /**
     * Signs {@code name} in at {@code workstation} with their password or, with {@code pinAllowed} (the window's
     * quick switch), their PIN. A wrong secret is counted and, after {@link UserAccount#FREE_FAILURES}, locks the
     * account for a growing delay; the count is committed even though the sign-in is refused. Failures at one
     * workstation are throttled too ({@link WorkstationThrottle}). The message never says which part was wrong.
     */
    UserView withSecret(String name, String secret, boolean pinAllowed, String workstation) {
        Instant now = now();
        refuseIfThrottled(workstation, now);
        SignInOutcome outcome = transactions.inTransaction(session -> {
            String wrong = "Unknown user or wrong " + (pinAllowed ? "password or PIN" : "password") + ".";
            UserAccount user = AccessCheck.find(session, name, LockModeType.PESSIMISTIC_WRITE)
                    .orElse(null);
            if (user == null || !user.isActive()) {
                hasher.matches(secret, unknownUserHash()); // as slow as a real check: no hint which names exist
                return new SignInOutcome(null, wrong);
            }
            if (user.lockedAt(now)) {
                // The same words as a wrong password: a lock must not tell a stranger that the name exists. An
                // administrator sees the lock on the Administration page and in 'stockroom user list'.
                hasher.matches(secret, unknownUserHash());
                return new SignInOutcome(null, wrong);
            }
            boolean right = hasher.matches(secret, user.getPasswordHash())
                    || (pinAllowed && user.getPinHash() != null && hasher.matches(secret, user.getPinHash()));
            if (!right) {
                user.lockAfterFailure(now);
                return new SignInOutcome(null, wrong);
            }
            user.signedIn();
            return new SignInOutcome(UserService.view(user), null);
        });
        return settled(outcome, workstation, now);
    }

    /** Signs in whoever has the badge {@code code} (the scanner's reading); throttled per workstation. */
    UserView withBadge(String code, String workstation) {
        Instant now = now();
        refuseIfThrottled(workstation, now);
        String key = LookupKey.of(code == null ? "" : code.strip());
        SignInOutcome outcome = transactions.inTransaction(session -> {
            UserAccount user = session.createSelectionQuery("from UserAccount where badgeKey = :key", UserAccount.class)
                    .setParameter("key", key)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .uniqueResultOptional()
                    .orElse(null);
            if (user == null || !user.isActive()) {
                return new SignInOutcome(null, "Unknown badge.");
            }
            if (user.lockedAt(now)) {
                return new SignInOutcome(null, "Unknown badge."); // as for a badge nobody has: no hint
            }
            user.signedIn();
            return new SignInOutcome(UserService.view(user), null);
        });
        return settled(outcome, workstation, now);
    }

    private void refuseIfThrottled(String workstation, Instant now) {
        Instant until = throttle.lockedUntil(workstation, now);
        if (until != null) {
            throw new NotAllowedException("Too many wrong sign-ins at this workstation: try again in "
                    + Math.max(1, Duration.between(now, until).toSeconds()) + " s.");
        }
    }

    private UserView settled(SignInOutcome outcome, String workstation, Instant now) {
        if (outcome.user() == null) {
            throttle.failed(workstation, now);
            throw new NotAllowedException(outcome.refusal());
        }
        throttle.succeeded(workstation);
        return outcome.user();
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hasher.hash("no such user");
        }
        return unknownUserHash;
    }

    private record SignInOutcome(UserView user, String refusal) {}

    private Instant now() {
        return clock.instant();
    }
}
