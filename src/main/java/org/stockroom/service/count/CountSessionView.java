package org.stockroom.service.count;

import java.time.Instant;
import java.util.List;
import org.stockroom.domain.count.CountSessionStatus;

/**
 * A count session with its lines. {@code summary} is null while the session hides expected quantities (a blind
 * count before review): variances would give them away.
 */
public record CountSessionView(
        long id,
        String name,
        CountSessionStatus status,
        boolean blind,
        String scope,
        List<String> counters,
        String createdBy,
        Instant createdAt,
        String postedBy,
        Instant postedAt,
        List<CountLineView> lines,
        CountSummary summary) {

    public boolean showsExpected() {
        return status.showsExpected(blind);
    }
}
