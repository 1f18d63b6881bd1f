package org.stockroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM on the test class path (a server, a worker, a process to kill), stderr shown in the build. */
public final class JavaProcesses {

    private JavaProcesses() {
    }

    /** {@code java MAIN-CLASS ARGS...}, with the server password in its environment. */
    public static ProcessBuilder java(String serverPassword, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("STOCKROOM_SERVER_PASSWORD", serverPassword);
        return builder;
    }
}
