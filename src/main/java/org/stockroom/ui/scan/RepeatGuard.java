package org.stockroom.ui.scan;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A scanner held over a label reads it again and again: the same code within the guard time (the Scanner page's
 * setting; 0 turns it off) counts once. The clock is injected, so tests step time instead of sleeping.
 */
final class RepeatGuard {

    private final LongSupplier millis;
    private final IntSupplier guardMillis;
    private String lastCode;
    private long lastCodeAt;

    RepeatGuard(LongSupplier millis, IntSupplier guardMillis) {
        this.millis = millis;
        this.guardMillis = guardMillis;
    }

    /** Whether {@code code} repeats the last code within the guard time; if not, it is the last code from now on. */
    boolean repeats(String code) {
        long now = millis.getAsLong();
        int guard = guardMillis.getAsInt();
        if (guard > 0 && code.equals(lastCode) && now - lastCodeAt < guard) {
            return true;
        }
        lastCode = code;
        lastCodeAt = now;
        return false;
    }

    int guardMillis() {
        return guardMillis.getAsInt();
    }
}
