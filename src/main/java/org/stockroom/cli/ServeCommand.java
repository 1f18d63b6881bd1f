package org.stockroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.ServerCertificate;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.backup.BackupScheduler;
import org.stockroom.service.ledger.LedgerAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom serve}: shares a data folder's database with other workstations through an H2 TCP server
 * running inside this process. Clients log in with the server password; stops cleanly on Ctrl-C or SIGTERM.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Share the database in a data folder with other workstations (--server HOST:PORT). "
                + "Needs a password from $" + DatabaseOptions.PASSWORD_VARIABLE + " or --password-file.")
public final class ServeCommand implements Callable<Integer> {

    private final BackendOpener opener;

    ServeCommand(BackendOpener opener) {
        this.opener = opener;
    }

    static final int DEFAULT_PORT = 9092;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(
            names = "--port",
            paramLabel = "P",
            defaultValue = "" + DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Listen on this address of this PC only (default: every network interface).")
    String bind;

    /** A password every workstation keeps: long enough that guessing it over the network is hopeless. */
    static final int MIN_PASSWORD_LENGTH = 12;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String password = database.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The server password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters; this one has " + password.length());
        }
        Path dir = database.localDirectory();
        org.stockroom.persistence.LogFile.into(dir); // a server runs for weeks: its log is kept in the data folder
        new DatabaseTarget.Local(dir).dialect().prepareToServe(bind);
        ServerCertificate certificate = ServerCertificate.of(dir);
        certificate.presentInThisProcess();
        // Clients write too: every write of this process and theirs takes the site's write lock.
        Backend backend = opener.open(new DatabaseTarget.Local(dir), Database.Options.SERVED);
        backend.database().admitClients(password);
        backend.startReservationExpiry();
        Dialect.Served server = startServer(dir, backend);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A daily verified backup into the folder's backups/ (and the second folder of backup.properties), and a
        // daily ledger audit; failures go to stderr, where whoever runs the server sees them.
        BackupScheduler backups = new BackupScheduler(backend.backups(), dir, Clock.systemUTC(), outcome -> {
                    if (outcome.failure() != null) {
                        err.println("stockroom serve: backup failed: " + outcome.failure());
                        err.flush();
                    }
                })
                .start(Duration.ofMinutes(1));
        LedgerAudit audit = new LedgerAudit(backend.verifier(), Clock.systemUTC())
                .every(Duration.ofMinutes(2), Duration.ofDays(1), result -> {
                    PrintWriter to = result.clean() ? out : err;
                    to.println(result.summary());
                    result.mismatches().stream().limit(20).forEach(m -> to.println("MISMATCH " + m));
                    to.flush();
                });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            audit.close();
                            backups.close();
                            backend.close();
                            stopped.countDown();
                        },
                        "stockroom-serve-stop"));
        out.printf(
                "Serving %s on %s port %d (TLS, certificate %s). Clients: --server HOST:%d. Stop with Ctrl-C.%n",
                dir, bind == null ? "every interface," : bind, server.port(), certificate.fingerprint(), server.port());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private Dialect.Served startServer(Path dir, Backend backend) {
        try {
            return backend.database().target().dialect().serve(dir, port, bind);
        } catch (SQLException e) {
            backend.close();
            throw new DatabaseUnavailableException("Cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }
}
