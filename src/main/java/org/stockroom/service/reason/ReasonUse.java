package org.stockroom.service.reason;

/** What a reason code explains: an adjustment, a count variance or a reversal. Each has its own list. */
public enum ReasonUse {
    ADJUST,
    COUNT,
    REVERSE
}
