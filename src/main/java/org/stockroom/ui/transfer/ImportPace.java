package org.stockroom.ui.transfer;

import java.util.function.LongSupplier;

/**
 * The line under the progress bar: rows done, rows per second and about how long is left, from the share of the
 * file read so far. The clock is handed in, so the arithmetic is testable without waiting.
 */
final class ImportPace {

    private final LongSupplier nanoTime;
    private final long started;

    ImportPace(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    String line(String doing, long rows, double fractionRead) {
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        StringBuilder line = new StringBuilder(String.format("%s: %,d rows", doing, rows));
        if (seconds >= 0.5 && rows > 0) {
            line.append(String.format(", %,.0f rows/s", rows / seconds));
        }
        if (fractionRead > 0.02 && fractionRead < 1 && seconds >= 1) {
            double left = seconds * (1 - fractionRead) / fractionRead;
            line.append(
                    left < 90
                            ? String.format(", about %.0f s left", left)
                            : String.format(", about %.0f min left", left / 60));
        }
        return line.toString();
    }
}
