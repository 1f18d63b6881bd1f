package org.stockroom.service.access;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;

/**
 * Users of the site: the first administrator, adding, disabling, roles, passwords and PINs, and signing in.
 * Changes to users need {@link Permission#MANAGE_USERS}; the last active administrator can be neither disabled
 * nor demoted. Refusals are decided before anything is written (decision 0004).
 */
public final class UserService {

    private final Transactions transactions;
    private final SecretHasher hasher;
    private final Clock clock;
    /** Made at the first sign-in of an unknown name, not at start-up (a hash costs ~80 ms). */
    private volatile String unknownUserHash;

    public UserService(Transactions transactions, SecretHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** False for a new database, and for one from before users existed. */
    public boolean hasUsers() {
        return transactions.read(AccessCheck::anyUsers);
    }

    /** The first user, on a database without users: always an administrator, and needs no one's permission. */
    public UserView createFirstAdministrator(String name, String password) {
        validate(name, password);
        String hash = hasher.hash(password); // slow: outside the transaction
        return transactions.inTransaction(session -> {
            if (AccessCheck.anyUsers(session)) {
                throw Transactions.refuse(
                        new NotAllowedException("This database has users already; an administrator adds more."));
            }
            return persist(session, new UserAccount(name.strip(), Role.ADMIN, hash, now()));
        });
    }

    public UserView add(Actor by, String name, Role role, String password) {
        validate(name, password);
        String hash = hasher.hash(password);
        return transactions.inTransaction(session -> {
            requireManager(session, by);
            if (AccessCheck.find(session, name, LockModeType.NONE).isPresent()) {
                throw Transactions.refuse(new ValidationException(
                        new FieldError(UserRules.NAME, "A user named " + name.strip() + " exists already")));
            }
            return persist(session, new UserAccount(name.strip(), role, hash, now()));
        });
    }

    public List<UserView> list() {
        return transactions.read(session ->
                session
                        .createSelectionQuery("from UserAccount order by nameKey", UserAccount.class)
                        .getResultList()
                        .stream()
                        .map(UserService::view)
                        .toList());
    }

    public UserView disable(Actor by, String name) {
        return change(by, name, (session, user) -> {
            refuseIfLastAdministrator(session, user);
            user.disable();
        });
    }

    public UserView enable(Actor by, String name) {
        return change(by, name, (session, user) -> user.enable());
    }

    public UserView changeRole(Actor by, String name, Role role) {
        return change(by, name, (session, user) -> {
            if (role != Role.ADMIN) {
                refuseIfLastAdministrator(session, user);
            }
            user.changeRole(role);
        });
    }

    public UserView resetPassword(Actor by, String name, String password) {
        ValidationException.throwIfAny(UserRules.checkPassword(password));
        String hash = hasher.hash(password);
        return change(by, name, (session, user) -> user.changePassword(hash));
    }

    public UserView setPin(Actor by, String name, String pin) {
        ValidationException.throwIfAny(UserRules.checkPin(pin));
        String hash = hasher.hash(pin);
        return change(by, name, (session, user) -> user.changePin(hash));
    }

    /** After repeated wrong secrets: lets the user try again at once. */
    public UserView unlock(Actor by, String name) {
        return change(by, name, (session, user) -> user.unlock());
    }

    /**
     * Signs {@code name} in with a password (or, with {@code pin}, a PIN). A wrong secret is counted and, after
     * {@link UserAccount#FREE_FAILURES}, locks the account for a growing delay; the count is committed even though
     * the sign-in is refused. The message never says which of name and secret was wrong.
     */
    public UserView signIn(String name, String secret, boolean pin) {
        Instant now = now();
        SignInOutcome outcome = transactions.inTransaction(session -> {
            String wrong = "Unknown user or wrong " + (pin ? "PIN" : "password") + ".";
            UserAccount user = AccessCheck.find(session, name, LockModeType.PESSIMISTIC_WRITE)
                    .orElse(null);
            if (user == null || !user.isActive()) {
                hasher.matches(secret, unknownUserHash()); // as slow as a real check: no hint which names exist
                return new SignInOutcome(null, wrong);
            }
            if (user.lockedAt(now)) {
                return new SignInOutcome(null, lockedMessage(user, now));
            }
            String hash = pin ? user.getPinHash() : user.getPasswordHash();
            if (!hasher.matches(secret, hash)) {
                user.lockAfterFailure(now);
                return new SignInOutcome(null, user.lockedAt(now) ? lockedMessage(user, now) : wrong);
            }
            user.signedIn();
            return new SignInOutcome(view(user), null);
        });
        if (outcome.user() == null) {
            throw new NotAllowedException(outcome.refusal());
        }
        return outcome.user();
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hasher.hash("no such user");
        }
        return unknownUserHash;
    }

    private record SignInOutcome(UserView user, String refusal) {}

    private static String lockedMessage(UserAccount user, Instant now) {
        long seconds = Math.max(
                1, java.time.Duration.between(now, user.getLockedUntil()).toSeconds());
        return "Too many wrong attempts for " + user.getName() + ": try again in " + seconds
                + " s, or ask an administrator to unlock the account.";
    }

    private UserView change(Actor by, String name, BiConsumer<Session, UserAccount> edit) {
        return transactions.inTransaction(session -> {
            requireManager(session, by);
            UserAccount user = AccessCheck.find(session, name, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> Transactions.refuse(new NotFoundException("No user named " + name)));
            edit.accept(session, user);
            session.flush();
            return view(user);
        });
    }

    private void requireManager(Session session, Actor by) {
        try {
            AccessCheck.require(session, by, Permission.MANAGE_USERS);
        } catch (NotAllowedException e) {
            throw Transactions.refuse(e);
        }
    }

    /**
     * Refuses to take {@code user} out of the active administrators if no other is left. Called with the user's row
     * locked and one writer at a time, so no other demotion can race it.
     */
    private static void refuseIfLastAdministrator(Session session, UserAccount user) {
        if (user.getRole() != Role.ADMIN || !user.isActive()) {
            return;
        }
        long others = session.createSelectionQuery(
                        "select count(*) from UserAccount where role = :admin and active = true and id <> :id",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("id", user.getId())
                .getSingleResult();
        if (others == 0) {
            throw Transactions.refuse(new NotAllowedException(
                    user.getName() + " is the last active administrator: make another user an administrator first."));
        }
    }

    private static UserView persist(Session session, UserAccount user) {
        session.persist(user);
        session.flush();
        return view(user);
    }

    static UserView view(UserAccount user) {
        return new UserView(
                user.getId(),
                user.getName(),
                user.getRole(),
                user.isActive(),
                user.getPinHash() != null,
                user.getLockedUntil());
    }

    private static void validate(String name, String password) {
        List<FieldError> errors = new java.util.ArrayList<>(UserRules.checkName(name));
        errors.addAll(UserRules.checkPassword(password));
        ValidationException.throwIfAny(errors);
    }

    private Instant now() {
        return clock.instant();
    }
}
