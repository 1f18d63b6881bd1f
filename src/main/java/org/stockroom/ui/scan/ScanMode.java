package org.stockroom.ui.scan;

import org.stockroom.service.stock.ListCommand;

/** What the Scan workspace does with its list. */
public enum ScanMode {
    RECEIVE("Receive", "Received", ListCommand.Kind.RECEIVE),
    PICK("Pick", "Picked", ListCommand.Kind.ISSUE),
    MOVE("Move", "Moved", ListCommand.Kind.TRANSFER),
    /** Each scan counts one; posting goes through a count session (the ledger position kept per line). */
    COUNT("Count", "Counted", null);

    private final String title;
    private final String done;
    private final ListCommand.Kind kind;

    ScanMode(String title, String done, ListCommand.Kind kind) {
        this.title = title;
        this.done = done;
        this.kind = kind;
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
