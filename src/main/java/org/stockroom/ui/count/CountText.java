package org.stockroom.ui.count;

import java.math.RoundingMode;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.CountSummary;

/** How the Counts page words a session: its title line, the review's summary, and signed variances ("+19"). */
final class CountText {

    private CountText() {}

    static String title(CountSessionView s) {
        return s == null
                ? "Choose a session"
                : "Session " + s.id() + ": " + s.name() + " - " + s.status().title() + " - " + s.scope()
                        + (s.blind() ? " - blind" : "") + " - planned by " + s.createdBy();
    }

    /** Said while a blind session hides what the system expects. */
    static String blindNote(CountSessionView s) {
        return s != null && !s.showsExpected()
                ? "Blind count: expected quantities and variances are shown once counting is finished."
                : "";
    }

    static String summary(CountSessionView s) {
        if (s == null || s.summary() == null) {
            return "";
        }
        CountSummary t = s.summary();
        return t.lines() + " lines, " + t.counted() + " counted, " + t.exact() + " exact; variance "
                + signed(t.netVarianceUnits()) + " units (" + t.absoluteVarianceUnits() + " absolute), value "
                + t.netVarianceValue().setScale(2, RoundingMode.HALF_UP).toPlainString()
                + (t.accuracyPercent() == null
                        ? ""
                        : "; accuracy " + t.accuracyPercent().toPlainString() + "%");
    }

    static String number(Long value, boolean withSign) {
        return value == null ? "" : withSign ? signed(value) : value.toString();
    }

    static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
