package org.stockroom.domain.access;

/**
 * One thing a service lets someone do that changes data, or (the audit trail) reads what not everyone sees. Each names the least role that may do it; the roles
 * above it may too (docs/ROLES.md is the same table in words).
 */
public enum Permission {
    RECEIVE(Role.CLERK, "receive stock"),
    ISSUE(Role.CLERK, "issue stock"),
    TRANSFER(Role.CLERK, "transfer stock"),
    RESERVE(Role.CLERK, "reserve, release and fulfil stock"),
    COUNT_LINE(Role.CLERK, "enter counted quantities"),
    ADJUST(Role.SUPERVISOR, "adjust stock or set it to a counted quantity"),
    PLAN_COUNT(Role.SUPERVISOR, "plan, review or cancel a count session"),
    POST_COUNT(Role.SUPERVISOR, "post a count session"),
    REVERSE_OWN(Role.CLERK, "take back one's own last command"),
    REVERSE(Role.SUPERVISOR, "reverse a command"),
    EDIT_PRODUCT(Role.SUPERVISOR, "add or edit products"),
    EDIT_LOCATION(Role.SUPERVISOR, "add or edit locations"),
    VIEW_AUDIT(Role.SUPERVISOR, "see the audit trail"),
    MANAGE_USERS(Role.ADMIN, "manage users"),
    MANAGE_SETTINGS(Role.ADMIN, "change settings and backups");

    private final Role least;
    private final String description;

    Permission(Role least, String description) {
        this.least = least;
        this.description = description;
    }

    /** The least role that has this permission. */
    public Role least() {
        return least;
    }

    /** What it lets one do, for "needs Supervisor to adjust stock". */
    public String description() {
        return description;
    }
}
