package org.stockroom.service;

/**
 * Who acts, carried by every command that changes data: the signed-in user's name (on a database without users,
 * the window's user, {@code --user} or the operating-system account) and the workstation the change came from.
 * Both go on the movements and on the audit trail's revisions; the role is read from the database at each command,
 * never carried here (a role changed on another PC counts at once).
 */
public record Actor(String name, String workstation) {

    /** The one who acts under {@code name} from no known workstation (tests, tools). */
    public static Actor named(String name) {
        return new Actor(name, null);
    }

    /** The one who acts under {@code name} at {@code workstation}. */
    public static Actor at(String name, String workstation) {
        return new Actor(name, workstation);
    }
}
