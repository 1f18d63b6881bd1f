package org.stockroom.domain.access;

/**
 * The four roles of one site, each with everything the one before it has: a store manager who looks (Viewer),
 * warehouse staff who move stock (Clerk), who corrects and approves (Supervisor), who runs the system (Admin).
 */
public enum Role {
    VIEWER("Viewer"),
    CLERK("Clerk"),
    SUPERVISOR("Supervisor"),
    ADMIN("Admin");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean allows(Permission permission) {
        return compareTo(permission.least()) >= 0;
    }

    /** The role named {@code text} in any case ("clerk", "Clerk"), or empty. */
    public static java.util.Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
