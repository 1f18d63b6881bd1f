package org.stockroom.ui.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the screens show values, so every table says times the same way. */
public final class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Formats() {}

    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
