package org.stockroom.service.settings;

import java.math.BigDecimal;

/**
 * When a counted line is suspicious enough to be counted again: its variance over any threshold that is set (a
 * null threshold is off; all are off until a site sets them), and whether the recount must be by someone else.
 */
public record CountRules(Long maxUnits, BigDecimal maxPercent, BigDecimal maxValue, boolean recountByAnother) {

    public static final CountRules OFF = new CountRules(null, null, null, false);

    /**
     * True if a variance of {@code variance} units against {@code expected}, at {@code unitCost} each, is over a
     * threshold. A variance against an expected zero is over any percent threshold.
     */
    public boolean isOver(long variance, long expected, BigDecimal unitCost) {
        long units = Math.abs(variance);
        if (units == 0) {
            return false;
        }
        if (maxUnits != null && units > maxUnits) {
            return true;
        }
        if (maxPercent != null
                && (expected == 0
                        || BigDecimal.valueOf(units * 100L)
                                        .divide(
                                                BigDecimal.valueOf(Math.abs(expected)),
                                                4,
                                                java.math.RoundingMode.HALF_UP)
                                        .compareTo(maxPercent)
                                > 0)) {
            return true;
        }
        return maxValue != null && unitCost.multiply(BigDecimal.valueOf(units)).compareTo(maxValue) > 0;
    }

    public boolean anyThreshold() {
        return maxUnits != null || maxPercent != null || maxValue != null;
    }
}
