package org.stockroom.service;

import org.stockroom.domain.access.Permission;

/** The one who acts lacks the role a command needs, or could not prove who they are; nothing was written. */
public final class NotAllowedException extends ExpectedFailure {

    public NotAllowedException(String message) {
        super(message);
    }

    /** "Adjusting stock needs the Supervisor role; tom is a Clerk." */
    public static NotAllowedException lacking(Permission permission, Actor actor, String actorRole) {
        return new NotAllowedException("To " + permission.description() + " needs the "
                + permission.least().title() + " role or higher; " + actor.name() + " is " + actorRole + ".");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_ALLOWED;
    }
}
