package org.stockroom.domain.reason;

/** Which way stock went for a reason to fit it: FOUND explains a gain, DAMAGED a loss, DATA_ENTRY either. */
public enum ReasonFit {
    GAIN,
    LOSS,
    ANY;

    /** Whether a change of {@code delta} units may be explained by a reason of this fit (0 by any). */
    public boolean suits(long delta) {
        return this == ANY || delta == 0 || (this == GAIN) == (delta > 0);
    }

    /** "a gain", "a loss", "a gain or a loss": for messages. */
    public String words() {
        return switch (this) {
            case GAIN -> "a gain";
            case LOSS -> "a loss";
            case ANY -> "a gain or a loss";
        };
    }
}
