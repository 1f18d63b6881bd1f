package org.stockroom.crash;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.StockChange;

/**
 * A separate JVM that receives one unit at a time with idempotency keys {@code RUN-THREAD-N}, from several
 * threads, and prints {@code ACK key} the moment the service has returned: what a clerk would be shown as saved.
 * The crash test kills it with SIGKILL. Arguments: {@code local DIR DURABILITY | remote PORT | postgres JDBC-URL USER},
 * then SKU, RUN, THREADS; the password of serve or of PostgreSQL comes from the environment, never the command line.
 */
public final class CrashWriter {

    public static void main(String[] args) throws Exception {
        DatabaseTarget target = switch (args[0]) {
            case "local" -> new DatabaseTarget.Local(Path.of(args[1]), DatabaseTarget.Durability.parse(args[2]));
            case "postgres" ->
                new DatabaseTarget.Postgres(args[1], args[2], System.getenv("STOCKROOM_DATABASE_PASSWORD"));
            default ->
                new DatabaseTarget.Remote(
                        "localhost", Integer.parseInt(args[1]), System.getenv("STOCKROOM_SERVER_PASSWORD"));
        };
        int next = args[0].equals("remote") ? 2 : 3;
        String sku = args[next];
        String run = args[next + 1];
        int threads = Integer.parseInt(args[next + 2]);
        PrintStream out = System.out;
        // A writer that fails (its server was killed) ends the process: nothing more can be acknowledged.
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, error) -> Runtime.getRuntime().halt(3));
        Backend backend = Backend.open(target);
        long productId = backend.products().findBySku(sku).orElseThrow().id();
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = run + "-" + t + "-";
            Thread writer = new Thread(
                    () -> {
                        for (long n = 0; ; n++) {
                            String key = prefix + n;
                            backend.stock()
                                    .receive(new StockChange(
                                            key, Actor.named("crash"), productId, "MAIN", 1, null, null));
                            synchronized (out) {
                                out.println("ACK " + key);
                                out.flush();
                            }
                        }
                    },
                    "writer-" + t);
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join(); // until killed, or a writer fails (the server died): then the JVM ends
        }
    }
}
