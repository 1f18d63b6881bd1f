package org.stockroom.service.audit;

import java.time.Instant;

/**
 * What the Audit page asks for: a time range (from inclusive, to exclusive) and, where not blank, a user (any
 * case), an entity kind ("Product", "Location", "User", "Setting") and a field's title. At most {@code limit}
 * changes, newest first.
 */
public record AuditFilter(Instant from, Instant to, String user, String entity, String field, int limit) {

    public static final int DEFAULT_LIMIT = 2_000;

    public static AuditFilter everything() {
        return new AuditFilter(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), "", "", "", DEFAULT_LIMIT);
    }

    boolean wants(String value, String wanted) {
        return wanted == null || wanted.isBlank() || value.equalsIgnoreCase(wanted.strip());
    }
}
