package org.stockroom.ui.scan;

import java.util.List;

/**
 * A burst of keys as it arrived: the characters (without the terminator), the milliseconds between each key and
 * the one before, and what ended it ("Enter", "Tab", or null when it stopped without one).
 */
public record KeyBurst(String text, List<Double> gapsMillis, String terminator) {

    public KeyBurst {
        gapsMillis = List.copyOf(gapsMillis);
    }

    public double slowestGapMillis() {
        return gapsMillis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
