package org.stockroom.service.audit;

import java.time.Instant;

/**
 * One audited field's change: who, where and when, on what, from which value to which. An added row shows each
 * field it was added with (old value empty).
 */
public record FieldChange(
        long revision,
        Instant occurredAt,
        String userName,
        String workstation,
        String entity,
        String entityId,
        String entityLabel,
        String field,
        String oldValue,
        String newValue) {}
