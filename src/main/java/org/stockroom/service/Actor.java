package org.stockroom.service;

/**
 * Who acts, carried by every command that changes stock: today the name put on the movements (the window's
 * user, {@code --user}, or the operating-system account); users, roles and the workstation come later and
 * extend this value instead of another string threaded through every call.
 */
public record Actor(String name) {

    /** The one who acts under {@code name}; a blank name is refused by the command's rules, naming the field. */
    public static Actor named(String name) {
        return new Actor(name);
    }
}
