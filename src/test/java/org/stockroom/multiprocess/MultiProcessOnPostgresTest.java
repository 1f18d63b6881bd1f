package org.stockroom.multiprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.postgres.TestPostgres;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;

/**
 * {@link MultiProcessTest} on PostgreSQL: separate JVMs on one database, each connected to the server itself (there
 * is no {@code serve} in between, and no write gate: decision 0007). The same invariants afterwards, and the same
 * naive issue caught overselling.
 */
class MultiProcessOnPostgresTest {

    static final long INITIAL = MultiProcessTest.INITIAL;

    TestPostgres.TestDatabase db;
    DatabaseTarget.Postgres target;

    @BeforeEach
    void aFreshDatabase() {
        db = TestPostgres.newDatabase();
        target = new DatabaseTarget.Postgres(
                db.jdbcUrl(), db.server().user(), db.server().password());
    }

    @Test
    void twoWorkerProcessesOnOneDatabaseKeepEveryInvariant() throws Exception {
        long productId = prepare();

        List<long[]> results = runWorkers(2, "mix");
        long received = results.stream().mapToLong(r -> r[0]).sum();
        long issued = results.stream().mapToLong(r -> r[1]).sum();
        long movements = results.stream().mapToLong(r -> r[2]).sum();

        try (Backend backend = Backend.open(target)) {
            ProductRow row = backend.catalogue().productRow(productId).orElseThrow();
            VerificationReport report = backend.verifier().verify();
            assertThat(report.mismatches()).as("ledger and reservations agree").isEmpty();
            assertThat(row.onHand())
                    .as("units in + initial = units out + remaining")
                    .isEqualTo(INITIAL + received - issued);
            assertThat(report.movements()).as("every movement exactly once").isEqualTo(1 + movements);
            assertThat(row.reserved()).isBetween(0L, row.onHand());
        }
    }

    @Test
    void naiveIssuesFromTwoProcessesAreCaughtOverselling() throws Exception {
        long productId = prepare();

        List<long[]> results = runWorkers(2, "naive");
        long issued = results.stream().mapToLong(r -> r[1]).sum();

        try (Backend backend = Backend.open(target)) {
            ProductRow row = backend.catalogue().productRow(productId).orElseThrow();
            boolean consistent = backend.verifier().verify().consistent();
            assertThatThrownBy(() -> {
                        assertThat(issued).as("units sold").isEqualTo(INITIAL);
                        assertThat(row.onHand()).isZero();
                        assertThat(consistent).as("ledger consistent").isTrue();
                    })
                    .as("the same checks must catch the naive issue (sold %d of %d)", issued, INITIAL)
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void twoCommandLineClientsOnOneDatabaseKeepTheLedgerExact() throws Exception {
        long productId = prepare();
        TestPostgres.Server server = db.server();
        String address = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + db.name();

        List<Process> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clients.add(java(ScriptedClient.class.getName(), address, "MAIN").start());
        }
        for (Process client : clients) {
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(client.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).as("client output: %s", output).isZero();
        }
        Process verify =
                java(Launcher.class.getName(), "verify", "--database", address).start();
        String verified = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(verified).isZero();

        try (Backend backend = Backend.open(target)) {
            assertThat(backend.catalogue().productRow(productId).orElseThrow().onHand())
                    .isEqualTo(INITIAL + 2 * ScriptedClient.NET_CHANGE);
            assertThat(backend.verifier().verify().consistent()).isTrue();
            assertThat(backend.verifier().verify().movements())
                    .as("the first receipt, then per client receive, issue and the fulfilled reservation")
                    .isEqualTo(1 + 2 * 3);
        }
    }

    private long prepare() {
        try (Backend backend = Backend.open(target)) {
            backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop floor");
            long id = TestBackends.product(backend, "MP-1").id();
            backend.stock().receive(TestBackends.change(id, "MAIN", INITIAL));
            return id;
        }
    }

    private List<long[]> runWorkers(int count, String mode) throws Exception {
        return MultiProcessTest.runWorkers(target.jdbcUrl(), target.user(), count, mode, this::java);
    }

    /** A JVM with the database's password in its environment (never on a command line). */
    private ProcessBuilder java(String... args) {
        ProcessBuilder builder = JavaProcesses.java("unused", args);
        builder.environment().put("STOCKROOM_DATABASE_PASSWORD", db.server().password());
        return builder;
    }
}
