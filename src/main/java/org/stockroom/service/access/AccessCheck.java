package org.stockroom.service.access;

import java.util.Optional;
import org.hibernate.Session;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;

/**
 * Whether the one who acts may do something, decided from the database in the command's own transaction: the
 * user's current role and whether they are still active, not what a window remembered when they signed in. A
 * database with no users yet (a site from before users existed) allows everything, as it did then.
 */
public final class AccessCheck {

    private AccessCheck() {}

    /** Throws {@link NotAllowedException} unless {@code actor} may {@code permission}; run before any write. */
    public static void require(Session session, Actor actor, Permission permission) {
        if (!anyUsers(session)) {
            return;
        }
        Optional<UserAccount> user = find(session, actor.name());
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

    static boolean anyUsers(Session session) {
        return !session.createSelectionQuery("select 1 from UserAccount", Integer.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    static Optional<UserAccount> find(Session session, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return session.createSelectionQuery("from UserAccount where nameKey = :key", UserAccount.class)
                .setParameter("key", UserAccount.keyOf(name))
                .uniqueResultOptional();
    }
}
