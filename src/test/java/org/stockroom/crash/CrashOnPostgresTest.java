package org.stockroom.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.postgres.PostgresInstance;
import org.stockroom.postgres.TestPostgres;
import org.stockroom.service.Backend;

/**
 * The crash test on PostgreSQL: a writer killed with SIGKILL, and (in a separate case) the PostgreSQL server stopped
 * with {@code pg_ctl stop -m immediate}, often right after an acknowledgement. Every acknowledged key must come back as
 * already recorded, nothing doubled, the ledger verified. Negative control: with {@code synchronous_commit} off (a
 * commit acknowledged before its WAL is on disk) the same server stop and the same check lose acknowledged receipts.
 */
class CrashOnPostgresTest {

    static final int KILLS = Integer.getInteger("stockroom.crash.postgresKills", 4);
    static final int STOPS = Integer.getInteger("stockroom.crash.postgresStops", 3);
    static final int THREADS = 4;

    final Random random = new Random(Long.getLong("stockroom.crash.seed", System.nanoTime()));

    @Test
    void aKilledWriterLosesNothingItAcknowledged() throws Exception {
        DatabaseTarget.Postgres target = prepare(TestPostgres.newDatabase());
        CrashRounds.Tally tally = new CrashRounds.Tally();
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = writer(target, "K" + kill).start();
            List<String> acknowledged = CrashRounds.killAtRandom(random, writer, CrashRounds.sigkill(writer));
            tally.add(CrashRounds.check(target, acknowledged, "writer kill " + kill));
        }
        System.out.println("PostgreSQL, writer killed: " + tally);
        assertThat(tally.lost).as("acknowledged but lost: %s", tally).isZero();
        assertThat(tally.acknowledged)
                .as("the writers must have been told 'saved' often")
                .isGreaterThan(KILLS);
    }

    @Test
    void aServerStoppedAtOnceLosesNothingItAcknowledged() throws Exception {
        PostgresInstance server = ownServer("crash");
        DatabaseTarget.Postgres target = prepare(TestPostgres.newDatabase(server.server()));
        CrashRounds.Tally tally = stopAtRandom(server, target, STOPS, Integer.MAX_VALUE);
        System.out.println("PostgreSQL, server stopped immediately: " + tally);
        assertThat(tally.lost).as("acknowledged but lost: %s", tally).isZero();
        assertThat(tally.acknowledged).isGreaterThan(STOPS);
    }

    @Test
    void withoutSynchronousCommitTheSameCheckCatchesLostAcknowledgements() throws Exception {
        PostgresInstance server = ownServer("control");
        TestPostgres.TestDatabase db = TestPostgres.newDatabase(server.server());
        try (Connection c = server.server().connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " SET synchronous_commit = off");
        }
        DatabaseTarget.Postgres target = prepare(db);
        CrashRounds.Tally tally = stopAtRandom(server, target, 6, 1);
        System.out.println("PostgreSQL, synchronous_commit off, server stopped immediately: " + tally);
        assertThat(tally.lost)
                .as("the control must lose acknowledged receipts: %s", tally)
                .isPositive();
    }

    /** Up to {@code stops} rounds of a writer whose server stops at once; ends early once {@code enoughLost} lost. */
    private CrashRounds.Tally stopAtRandom(
            PostgresInstance server, DatabaseTarget.Postgres target, int stops, long enoughLost) throws Exception {
        CrashRounds.Tally tally = new CrashRounds.Tally();
        for (int stop = 1; stop <= stops && tally.lost < enoughLost; stop++) {
            Process writer = writer(target, "S" + stop).start();
            List<String> acknowledged = CrashRounds.killAtRandom(random, writer, server::stopImmediately);
            server.start();
            tally.add(CrashRounds.check(target, acknowledged, "server stop " + stop));
        }
        return tally;
    }

    private static PostgresInstance ownServer(String name) {
        PostgresInstance server = TestPostgres.ownInstance(name);
        Assumptions.assumeTrue(server != null, "a server named by STOCKROOM_TEST_POSTGRES is not ours to crash");
        return server;
    }

    private static DatabaseTarget.Postgres prepare(TestPostgres.TestDatabase db) {
        DatabaseTarget.Postgres target = new DatabaseTarget.Postgres(
                db.jdbcUrl(), db.server().user(), db.server().password());
        try (Backend backend = Backend.open(target)) {
            TestBackends.product(backend, CrashRounds.SKU);
        }
        return target;
    }

    private static ProcessBuilder writer(DatabaseTarget.Postgres target, String run) {
        ProcessBuilder builder = JavaProcesses.java(
                "unused",
                CrashWriter.class.getName(),
                "postgres",
                target.jdbcUrl(),
                target.user(),
                CrashRounds.SKU,
                run,
                String.valueOf(THREADS));
        builder.environment().put("STOCKROOM_DATABASE_PASSWORD", target.password());
        return builder;
    }
}
