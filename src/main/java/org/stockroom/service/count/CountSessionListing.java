package org.stockroom.service.count;

import java.time.Instant;
import org.stockroom.domain.count.CountSessionStatus;

/** A session in the list of sessions: what it is and how far it is counted. */
public record CountSessionListing(
        long id,
        String name,
        CountSessionStatus status,
        boolean blind,
        String scope,
        String createdBy,
        Instant createdAt,
        int lines,
        int counted) {}
