package org.stockroom.service.count;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a count session as a screen, a sheet or the command line shows it. {@code expected}, {@code variance}
 * and {@code movedSinceCount} are null while the session hides them (a blind count before review) and the last two
 * also for a line not counted yet. {@code expected} is the on hand at the line's position in the ledger: what the
 * counter should have found when they counted. {@code countedAtVersion} is that position: the stock level's
 * version when the count was entered.
 */
public record CountLineView(
        long id,
        long productId,
        String sku,
        String productName,
        String locationCode,
        boolean foundInCount,
        Long counted,
        String countedBy,
        Instant countedAt,
        Long countedAtVersion,
        boolean recountNeeded,
        Long expected,
        Long movedSinceCount,
        Long variance,
        BigDecimal varianceValue,
        Long postedAdjustment) {

    public boolean isCounted() {
        return counted != null;
    }

    /** "Not counted", "Counted", "Count again", "Posted". */
    public String state() {
        if (postedAdjustment != null) {
            return "Posted";
        }
        if (recountNeeded) {
            return "Count again";
        }
        return counted == null ? "Not counted" : "Counted";
    }
}
