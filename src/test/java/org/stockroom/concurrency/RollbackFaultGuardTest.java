package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.Backend;
import org.stockroom.bench.RollbackSoak;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;

/**
 * H2 can put an old row version back over other sessions' commits when it rolls back a transaction under
 * contention (decision 0004). Stockroom's guard: one writer at a time, rows locked and checked before anything is
 * written, refused commands ended with COMMIT. The same workload with the guard switched off is the negative
 * control.
 *
 * <p>Measured here (docs/decisions/0004): the unguarded workload lost updates in only about one 3-second round in
 * three to nine, and in one full {@code ./mvnw verify} in none of 15; an assertion on its losses would fail CI at
 * random. So in verify the control asserts what the guard removes, deterministically: refusals and rollbacks that
 * end while another write transaction is inside (the fault's precondition), and it reports any loss it catches.
 * The guarded run must show neither. The losses themselves are measured by the soak:
 * {@code stockroom bench rollback --unguarded} (and {@code -Dstockroom.soak.requireLoss=true} here).
 */
class RollbackFaultGuardTest {

    static final int THREADS = 24;
    static final Duration ROUND = Duration.ofSeconds(3);
    static final int GUARDED_ROUNDS = 4;
    static final int CONTROL_ROUNDS = Integer.getInteger("stockroom.soak.controlRounds", 4);

    @TempDir
    Path folder;

    @Test
    void withTheGuardNoAcknowledgedChangeIsEverLost() throws Exception {
        try (Backend backend = open("guarded", Database.Options.STANDARD)) {
            for (int round = 1; round <= GUARDED_ROUNDS; round++) {
                RollbackSoak.Result result = soak(backend, "guarded", round);
                assertThat(result.lostUpdates()).as("round %d, guarded: %s", round, result).isFalse();
                assertThat(result.errors()).as("round %d, guarded: %s", round, result).isZero();
                assertThat(result.endedBesideAnotherWriter()).as("one writer at a time: %s", result).isZero();
                assertThat(result.refusedCounts()).as("the workload must include refusals: %s", result).isPositive();
                assertThat(result.rolledBack()).as("and rollbacks after a write: %s", result).isPositive();
            }
        }
    }

    @Test
    void withoutTheGuardRollbacksMeetOtherWritersAndLoseUpdatesSometimes() throws Exception {
        List<RollbackSoak.Result> results = new ArrayList<>();
        try (Backend backend = open("unguarded", Database.Options.UNGUARDED_NEGATIVE_CONTROL)) {
            for (int round = 1; round <= CONTROL_ROUNDS && results.stream().noneMatch(RollbackSoak.Result::lostUpdates);
                    round++) {
                results.add(soak(backend, "unguarded", round));
            }
        }
        assertThat(results).as("the control's rollbacks and refusals end beside other writers: %s", results)
                .allMatch(r -> r.endedBesideAnotherWriter() > 0);
        System.out.printf("unguarded: lost updates in %d of %d rounds%n",
                results.stream().filter(RollbackSoak.Result::lostUpdates).count(), results.size());
        if (Boolean.getBoolean("stockroom.soak.requireLoss")) {
            assertThat(results).as("unguarded rounds: %s", results).anyMatch(RollbackSoak.Result::lostUpdates);
        }
    }

    private Backend open(String name, Database.Options options) {
        return Backend.open(new DatabaseTarget.Local(folder.resolve(name)), options);
    }

    private static RollbackSoak.Result soak(Backend backend, String name, int round) throws Exception {
        RollbackSoak.Result result = RollbackSoak.run(backend, "HOT-" + round, THREADS, ROUND);
        System.out.printf("%s round %d: %s%n", name, round, result);
        return result;
    }
}
