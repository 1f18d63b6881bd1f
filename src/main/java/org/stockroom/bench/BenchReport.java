package org.stockroom.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints results as a table with ratios to the jdbc baseline, or as one JSON object. */
public final class BenchReport {

    private BenchReport() {}

    public static String json(String machine, String durability, List<BenchResult> results) {
        return "{\"machine\": \"" + escape(machine) + "\", \"durability\": \"" + escape(durability)
                + "\", \"results\": ["
                + results.stream().map(BenchResult::toJson).collect(Collectors.joining(", "))
                + "]}";
    }

    public static String table(String machine, String durability, List<BenchResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ")
                .append(machine)
                .append('\n')
                .append("Durability: ")
                .append(durability)
                .append("\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%-8s %7s %-10s %12s %9s %10s %10s %9s %9s %6s %7s%n",
                "workload",
                "threads",
                "path",
                "ops/s",
                "vs jdbc",
                "p50 us",
                "p99 us",
                "attempts",
                "oversold",
                "lost",
                "errors"));
        for (BenchResult r : results) {
            Optional<BenchResult> jdbc = results.stream()
                    .filter(b ->
                            b.path().equals("jdbc") && b.workload().equals(r.workload()) && b.threads() == r.threads())
                    .findFirst();
            String ratio = jdbc.filter(b -> b.opsPerSec() > 0)
                    .map(b -> String.format(Locale.ROOT, "%.2fx", r.opsPerSec() / b.opsPerSec()))
                    .orElse("-");
            out.append(String.format(
                    Locale.ROOT,
                    "%-8s %7d %-10s %12.0f %9s %10.0f %10.0f %9.3f %9d %6d %7d%n",
                    r.workload(),
                    r.threads(),
                    r.path(),
                    r.opsPerSec(),
                    ratio,
                    r.p50Micros(),
                    r.p99Micros(),
                    r.attemptsPerSuccess(),
                    r.oversells(),
                    r.lostUpdates(),
                    r.errors()));
        }
        return out.toString();
    }

    /** Cores, CPU model, memory and Java: enough to compare runs. */
    public static String machine() {
        String cpu = "unknown CPU";
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.exists(info)) {
                cpu = Files.readAllLines(info).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(cpu);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long memoryMb = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()
                / (1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + memoryMb + " MB, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
