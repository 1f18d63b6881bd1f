package org.stockroom.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockroom.bench.RollbackSoak;
import org.stockroom.bench.RollbackSoakResult;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;

/**
 * The rollback-fault soak of decision 0004 on PostgreSQL: refusals ended with ROLLBACK, rollbacks after a write,
 * 24 writers on one row and no write gate. It must lose nothing, guarded or not: PostgreSQL's rollback undoes only
 * its own transaction. The same check catches H2's lost updates in RollbackFaultGuardTest's negative control.
 */
class RollbackSoakOnPostgresTest {

    static final int THREADS = 24;
    static final Duration ROUND = Duration.ofSeconds(3);
    static final int ROUNDS = 2;

    @ParameterizedTest(name = "guarded = {0}")
    @ValueSource(booleans = {true, false})
    void noAcknowledgedChangeIsEverLostGuardedOrNot(boolean guarded) throws Exception {
        TestPostgres.TestDatabase db = TestPostgres.newDatabase();
        DatabaseTarget target = new DatabaseTarget.Postgres(
                db.jdbcUrl(), db.server().user(), db.server().password());
        Database.Options options = guarded ? Database.Options.STANDARD : Database.Options.UNGUARDED_NEGATIVE_CONTROL;
        try (Backend backend = Backend.open(target, options)) {
            for (int round = 1; round <= ROUNDS; round++) {
                RollbackSoakResult result = RollbackSoak.run(backend, "HOT-" + round, THREADS, ROUND);
                System.out.printf("PostgreSQL, guarded %s, round %d: %s%n", guarded, round, result);
                assertThat(result.lostUpdates())
                        .as("round %d: %s", round, result)
                        .isFalse();
                assertThat(result.errors()).as("round %d: %s", round, result).isZero();
                assertThat(result.refusedCounts())
                        .as("the workload must include refusals: %s", result)
                        .isPositive();
                assertThat(result.rolledBack())
                        .as("and rollbacks after a write: %s", result)
                        .isPositive();
            }
        }
    }
}
