package org.stockroom.service.reason;

import org.stockroom.domain.reason.ReasonFit;

/**
 * One reason a site offers: its code (what the ledger records, e.g. DAMAGED), its label for people, and which way
 * of stock it explains.
 */
public record ReasonCode(String code, ReasonUse use, String label, ReasonFit fit) {

    /** A code that fits a gain or a loss (what a site adds unless it says otherwise). */
    public ReasonCode(String code, ReasonUse use, String label) {
        this(code, use, label, ReasonFit.ANY);
    }
}
