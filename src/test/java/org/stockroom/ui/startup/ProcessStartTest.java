package org.stockroom.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessStartTest {

    /** A real line's shape, with a program name that holds spaces and a closing parenthesis. */
    static final String STAT = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194560 9581 0 0 0 41 13 0 0 20 0 "
            + "23 0 123456 4153344000 61286 18446744073709551615 1 1 0 0 0 0 0 4096 17154 0 0 0 17 1 0 0";

    @Test
    void readsTheStartTimeFieldAfterAProgramNameWithParentheses() {
        assertThat(ProcessStart.startTicks(STAT)).isEqualTo(123456);
    }

    @Test
    void startIsUptimeMinusTheStartTicksInHundredthsOfASecond() {
        // Booted 1,300.25 s ago; started 1,234.56 s after boot: started 65.69 s ago.
        assertThat(ProcessStart.millisSinceStart(STAT, "1300.25 2533.10\n")).isEqualTo(65_690);
    }

    @Test
    void onLinuxTheProcessStartsJustBeforeItsJavaVirtualMachine() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        long processStart = ProcessStart.epochMillis();

        // Both are 10 ms grained; the launcher runs a little before the JVM records its own start.
        assertThat(processStart).isBetween(jvmStart - 1_000, jvmStart + 20);
    }
}
