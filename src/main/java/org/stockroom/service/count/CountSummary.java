package org.stockroom.service.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A session's result: lines, lines counted, exact lines, net and absolute variance in units and value, and
 * accuracy (exact lines as a percentage of counted lines; null before any line is counted).
 */
public record CountSummary(
        int lines,
        int counted,
        int exact,
        long netVarianceUnits,
        long absoluteVarianceUnits,
        BigDecimal netVarianceValue,
        BigDecimal accuracyPercent) {

    /** From lines whose variances are shown. */
    static CountSummary of(List<CountLineView> lines) {
        int counted = 0;
        int exact = 0;
        long net = 0;
        long absolute = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (CountLineView line : lines) {
            if (!line.isCounted() || line.variance() == null) {
                continue;
            }
            counted++;
            if (line.variance() == 0) {
                exact++;
            }
            net += line.variance();
            absolute += Math.abs(line.variance());
            value = value.add(line.varianceValue());
        }
        BigDecimal accuracy = counted == 0
                ? null
                : BigDecimal.valueOf(exact * 100L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return new CountSummary(lines.size(), counted, exact, net, absolute, value, accuracy);
    }
}
