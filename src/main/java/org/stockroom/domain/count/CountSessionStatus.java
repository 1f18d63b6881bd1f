package org.stockroom.domain.count;

/** Where a count session is: Open -> Counting -> Review -> Posted, or Cancelled before it is posted. */
public enum CountSessionStatus {
    OPEN("Open"),
    COUNTING("Counting"),
    REVIEW("Review"),
    POSTED("Posted"),
    CANCELLED("Cancelled");

    private final String title;

    CountSessionStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Counts are entered while open or counting; in review only the lines that must be counted again. */
    public boolean takesCounts() {
        return this == OPEN || this == COUNTING || this == REVIEW;
    }

    /**
     * Whether the expected quantities may be shown: always for an open count, for a blind one only from review
     * on (a cancelled blind count was never reviewed, so it stays blind).
     */
    public boolean showsExpected(boolean blind) {
        return !blind || this == REVIEW || this == POSTED;
    }

    public boolean isClosed() {
        return this == POSTED || this == CANCELLED;
    }
}
