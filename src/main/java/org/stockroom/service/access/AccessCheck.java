package org.stockroom.service.access;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.Session;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;

/**
 * Whether the one who acts may do something, decided from the database at each command (in the transaction it
 * is given: {@link Access}'s read before a command, or a user command's own): the user's current role and
 * whether they are still active, not what a window remembered when they signed in. A
 * database with no users yet (a site from before users existed) allows everything, as it did then.
 */
public final class AccessCheck {

    private AccessCheck() {}

    /** Throws {@link NotAllowedException} unless {@code actor} may {@code permission}; run before any write. */
    public static void require(Session session, Actor actor, Permission permission) {
        if (!anyUsers(session)) {
            return;
        }
        Optional<UserAccount> user = find(session, actor.name(), LockModeType.NONE);
        if (user.isEmpty() || !user.get().isActive()) {
            throw new NotAllowedException(
                    actor.name() + " is not an active user of this database; to " + permission.description()
                            + " needs the " + permission.least().title() + " role or higher.");
        }
        Role role = user.get().getRole();
        if (!role.allows(permission)) {
            throw NotAllowedException.lacking(permission, actor, "a " + role.title());
        }
    }

    /** {@link #require} inside a writing transaction: the refusal ends it with a commit of nothing (decision 0004). */
    public static void requireOrRefuse(Session session, Actor actor, Permission permission) {
        try {
            require(session, actor, permission);
        } catch (NotAllowedException e) {
            throw Transactions.refuse(e);
        }
    }

    static boolean anyUsers(Session session) {
        return !session.createSelectionQuery("select 1 from UserAccount", Integer.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The user called {@code name} in any case, read with {@code lock} (a writer locks the row it will change). */
    static Optional<UserAccount> find(Session session, String name, LockModeType lock) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return session.createSelectionQuery("from UserAccount where nameKey = :key", UserAccount.class)
                .setParameter("key", UserAccount.keyOf(name))
                .setLockMode(lock)
                .uniqueResultOptional();
    }
}
