package org.stockroom.ui.scan;

import org.stockroom.domain.access.Permission;
import org.stockroom.service.stock.ListCommand;

/** What the Scan workspace does with its list. */
public enum ScanMode {
    RECEIVE("Receive", "Received", ListCommand.Kind.RECEIVE, Permission.RECEIVE),
    PICK("Pick", "Picked", ListCommand.Kind.ISSUE, Permission.ISSUE),
    MOVE("Move", "Moved", ListCommand.Kind.TRANSFER, Permission.TRANSFER),
    /**
     * Each scan counts one; posting goes through a count session (the ledger position kept per line), which the
     * page plans, reviews and posts itself: so it needs the role that may post a count.
     */
    COUNT("Count", "Counted", null, Permission.POST_COUNT);

    private final String title;
    private final String done;
    private final ListCommand.Kind kind;
    private final Permission permission;

    ScanMode(String title, String done, ListCommand.Kind kind, Permission permission) {
        this.title = title;
        this.done = done;
        this.kind = kind;
        this.permission = permission;
    }

    /** What the signed-in role needs for this mode: the page disables the mode before any scan without it. */
    public Permission permission() {
        return permission;
    }

    public String title() {
        return title;
    }

    String done() {
        return done;
    }

    ListCommand.Kind kind() {
        return kind;
    }
}
