package org.stockroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM on the test class path (a server, a worker, a process to kill), stderr shown in the build. */
public final class JavaProcesses {

    private JavaProcesses() {}

    /**
     * {@code java MAIN-CLASS ARGS...}, with the server password in its environment; compiled by C1 only, which
     * starts faster for the short-lived processes most tests start.
     */
    public static ProcessBuilder java(String serverPassword, String... args) {
        return java(serverPassword, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), args);
    }

    /** The same with the given JVM options instead of the default ones. */
    public static ProcessBuilder java(String serverPassword, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("STOCKROOM_SERVER_PASSWORD", serverPassword);
        // Each process pins the servers it meets in a file of its own: ports are reused with new certificates.
        try {
            java.nio.file.Path known = java.nio.file.Files.createTempFile("stockroom-known-servers", "");
            java.nio.file.Files.delete(known);
            builder.environment().put("STOCKROOM_KNOWN_SERVERS", known.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return builder;
    }
}
