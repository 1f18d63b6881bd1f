package org.stockroom.service.access;

import org.stockroom.domain.access.Permission;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;

/**
 * The permission check at the top of every service command that changes data, before it writes anything (the
 * check is a read of its own: a role changed in the milliseconds between it and the command's write is seen by
 * the next command, a choice stated in docs/CHOICES.md).
 */
public final class Access {

    private final Transactions transactions;

    public Access(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Throws {@link org.stockroom.service.NotAllowedException} unless {@code actor} may {@code permission}. */
    public void require(Actor actor, Permission permission) {
        transactions.read(session -> {
            AccessCheck.require(session, actor, permission);
            return null;
        });
    }
}
