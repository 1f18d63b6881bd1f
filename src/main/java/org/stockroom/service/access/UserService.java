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
import org.stockroom.persistence.access.UserPresence;
import org.stockroom.persistence.audit.RevisionStamp;
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
    private final SignIn signIn;

    static final String BADGE = "badge";
    static final int MIN_BADGE = 6;

    public UserService(Transactions transactions, SecretHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
        this.signIn = new SignIn(transactions, hasher, clock);
    }

    /**
     * Throws {@link org.stockroom.service.NotAllowedException} unless {@code by} may {@code permission}: for work
     * outside the database's transactions that a role still guards (a backup written to a file).
     */
    public void require(Actor by, Permission permission) {
        transactions.read(session -> {
            AccessCheck.require(session, by, permission);
            return null;
        });
    }

    /** False for a new database, and for one from before users existed. */
    public boolean hasUsers() {
        return transactions.readByJdbc(UserPresence::anyUsers);
    }

    /**
     * The first user, on a database without users: always an administrator, and needs no one's permission. The
     * audit trail records the new administrator as the one who acted, at {@code workstation}.
     */
    public UserView createFirstAdministrator(String name, String password, String workstation) {
        validate(name, password);
        String hash = hasher.hash(password); // slow: outside the transaction
        return transactions.inTransaction(session -> {
            if (AccessCheck.anyUsers(session)) {
                throw Transactions.refuse(
                        new NotAllowedException("This database has users already; an administrator adds more."));
            }
            RevisionStamp.stamp(session, name.strip(), workstation);
            return persist(session, new UserAccount(name.strip(), Role.ADMIN, hash, now()));
        });
    }

    public UserView add(Actor by, String name, Role role, String password) {
        validate(name, password);
        String hash = hasher.hash(password);
        return transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_USERS);
            if (AccessCheck.find(session, name, LockModeType.NONE).isPresent()) {
                throw Transactions.refuse(new ValidationException(
                        new FieldError(UserRules.NAME, "A user named " + name.strip() + " exists already")));
            }
            RevisionStamp.stamp(session, by.name(), by.workstation());
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
        return change(by, name, (session, user) -> user.changePassword(hash, now()));
    }

    public UserView setPin(Actor by, String name, String pin) {
        ValidationException.throwIfAny(UserRules.checkPin(pin));
        String hash = hasher.hash(pin);
        return change(by, name, (session, user) -> user.changePin(hash, now()));
    }

    /**
     * Gives {@code name} the badge whose barcode is {@code code} (blank: takes the badge away). A code another user
     * has is refused: one scan must find one person.
     */
    public UserView setBadge(Actor by, String name, String code) {
        String key = code == null || code.isBlank() ? null : LookupKey.of(code.strip());
        if (key != null && code.strip().length() < MIN_BADGE) {
            throw new ValidationException(
                    new FieldError(BADGE, "A badge code needs at least " + MIN_BADGE + " characters"));
        }
        return change(by, name, (session, user) -> {
            if (key != null) {
                boolean taken = !session.createSelectionQuery(
                                "select 1 from UserAccount where badgeKey = :key and id <> :id", Integer.class)
                        .setParameter("key", key)
                        .setParameter("id", user.getId())
                        .getResultList()
                        .isEmpty();
                if (taken) {
                    throw Transactions.refuse(
                            new ValidationException(new FieldError(BADGE, "Another user has this badge")));
                }
            }
            user.changeBadge(key, now());
        });
    }

    /** After repeated wrong secrets: lets the user try again at once. */
    public UserView unlock(Actor by, String name) {
        return change(by, name, (session, user) -> user.unlock());
    }

    /** See {@link SignIn#withSecret}: a password, or with {@code pinAllowed} a PIN; throttled per workstation. */
    public UserView signIn(String name, String secret, boolean pinAllowed, String workstation) {
        return signIn.withSecret(name, secret, pinAllowed, workstation);
    }

    /** Signs in whoever has the badge {@code code} (the scanner's reading); throttled per workstation. */
    public UserView signInWithBadge(String code, String workstation) {
        return signIn.withBadge(code, workstation);
    }

    private UserView change(Actor by, String name, BiConsumer<Session, UserAccount> edit) {
        return transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_USERS);
            UserAccount user = AccessCheck.find(session, name, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> Transactions.refuse(new NotFoundException("No user named " + name)));
            edit.accept(session, user); // refuses, if it does, before it changes anything
            RevisionStamp.stamp(session, by.name(), by.workstation());
            session.flush();
            return view(user);
        });
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
                user.getBadgeKey() != null,
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
