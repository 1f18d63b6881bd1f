package org.stockroom.ui.conflict;

/** What the user decided in the conflict dialog. */
public enum ConflictChoice {
    /** Save what I entered on top of what is stored now. */
    APPLY_MINE,
    /** Drop my change; keep what is stored now. */
    KEEP_THEIRS,
    /** Go back to my form with everything I typed still there. */
    CANCEL
}
