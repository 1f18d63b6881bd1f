package org.stockroom.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * When this process started, in wall-clock milliseconds. On Linux it is read from {@code /proc}: the process's
 * start in clock ticks since boot ({@code /proc/self/stat}) against the time since boot ({@code /proc/uptime}),
 * both to 10 ms. {@code ProcessHandle.info().startInstant()} adds the kernel's boot time, which it rounds to
 * whole seconds, so it is off by up to a second; it is only the fallback on other systems.
 */
public final class ProcessStart {

    /** Linux reports process times to user space in USER_HZ ticks, which is 100 on every architecture. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStart() {}

    public static long epochMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String uptime = Files.readString(Path.of("/proc/uptime"));
            long now = System.currentTimeMillis();
            return now - millisSinceStart(stat, uptime);
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(Instant::toEpochMilli)
                    .orElseGet(System::currentTimeMillis);
        }
    }

    /** How long ago the process started, given the text of {@code /proc/self/stat} and {@code /proc/uptime}. */
    static long millisSinceStart(String stat, String uptime) {
        double secondsSinceBoot = Double.parseDouble(uptime.strip().split("\\s+")[0]);
        long startTicks = startTicks(stat);
        return Math.round(secondsSinceBoot * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
    }

    /**
     * Field 22 of {@code /proc/self/stat}. Field 2 is the program name in parentheses and may itself hold
     * spaces and parentheses, so counting starts after the last closing one.
     */
    static long startTicks(String stat) {
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(afterName[22 - 3]); // afterName[0] is field 3
    }
}
