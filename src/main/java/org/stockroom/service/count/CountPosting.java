package org.stockroom.service.count;

import java.util.List;

/** A posted session, and whether it had been posted before this call (then nothing changed). */
public record CountPosting(CountSessionView session, boolean postedBefore) {

    /** The lines that moved stock: a non-zero adjustment. */
    public List<CountLineView> adjustments() {
        return session.lines().stream()
                .filter(l -> l.postedAdjustment() != null && l.postedAdjustment() != 0)
                .toList();
    }
}
