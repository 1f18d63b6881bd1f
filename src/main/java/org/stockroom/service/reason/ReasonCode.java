package org.stockroom.service.reason;

/** One reason a site offers: its code (what the ledger records, e.g. DAMAGED) and its label for people. */
public record ReasonCode(String code, ReasonUse use, String label) {}
