package org.stockroom.cli;

/** Exit statuses of the command line, the same for every subcommand, so that scripts can branch on them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** {@code verify} found at least one stock level whose on hand differs from its movements. */
    public static final int LEDGER_MISMATCH = 1;

    public static final int BAD_INPUT = 2;
    public static final int INSUFFICIENT_STOCK = 3;
    public static final int CONFLICT = 4;
    public static final int DATABASE_UNAVAILABLE = 5;
    /** The one who acts lacks the role, or gave no valid credentials (issue 12). */
    public static final int NOT_ALLOWED = 6;
    /** A backup could not be written, or a restore was refused (the line says why; nothing was changed). */
    public static final int BACKUP_FAILED = 7;

    /** {@code migrate} refused to copy (a target holding data, a source that changed meanwhile): nothing written. */
    public static final int MIGRATION_REFUSED = 8;

    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
