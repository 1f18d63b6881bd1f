package org.stockroom.multiprocess;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.stockroom.app.Launcher;

/**
 * A script of stock commands, each run as its own {@code stockroom} process against a server, the way a
 * warehouse script would. Exits non-zero if any command fails unexpectedly.
 */
public final class ScriptedClient {

    /** receive 5, issue 3, reserve 2 and fulfil it: on hand changes by 5 - 3 - 2. */
    static final long NET_CHANGE = 0;

    public static void main(String[] args) throws Exception {
        String server = args[0];
        String location = args[1];
        run(server, "receive", "MP-1", "5", "--location", location, "--user", "script");
        run(server, "issue", "MP-1", "3", "--location", location, "--user", "script");
        String id = run(server, "reserve", "MP-1", "2", "--ref", "SCRIPT", "--location", location)
                .strip();
        run(server, "fulfil", id);
        System.out.println("done");
    }

    private static String run(String server, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1",
                Launcher.class.getName()));
        line.addAll(List.of(command));
        // A PostgreSQL address takes --database (its password in $STOCKROOM_DATABASE_PASSWORD, inherited).
        line.addAll(List.of(server.startsWith("postgresql://") ? "--database" : "--server", server));
        Process process = new ProcessBuilder(line)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
