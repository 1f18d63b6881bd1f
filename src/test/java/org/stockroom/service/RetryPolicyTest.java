package org.stockroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.persistence.DatabaseBusyException;

class RetryPolicyTest {

    @TempDir
    Path folder;

    @Test
    void aCommutingCommandIsRetriedAfterALockTimeoutAndCountedOnce() {
        RetryPolicy retry = new RetryPolicy(3, 1);
        AtomicInteger calls = new AtomicInteger();

        String result = retry.commuting(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new DatabaseBusyException(null);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
        assertThat(retry.attemptsPerSuccess()).isEqualTo(3.0);
    }

    @Test
    void retriesAreBoundedAndTheBusyErrorReachesTheUser() {
        RetryPolicy retry = new RetryPolicy(3, 1);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.commuting(() -> {
                    calls.incrementAndGet();
                    throw new DatabaseBusyException(null);
                }))
                .isInstanceOf(DatabaseBusyException.class)
                .hasMessageContaining("Nothing was saved; try again");
        assertThat(calls).hasValue(3);
    }

    @Test
    void anAbsoluteEditIsNeverRetriedAutomatically() {
        RetryPolicy retry = new RetryPolicy(3, 1);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.once(() -> {
                    calls.incrementAndGet();
                    throw new DatabaseBusyException(null);
                }))
                .isInstanceOf(DatabaseBusyException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRealLockTimeoutBecomesTheRetryableError() throws Exception {
        try (Backend backend = TestBackends.open(folder)) {
            long id = TestBackends.product(backend, "LOCK-1").id();
            backend.stock().receive(TestBackends.change(id, "MAIN", 5));
            try (Connection holder = backend.database().dataSource().getConnection();
                    Statement hold = holder.createStatement()) {
                holder.setAutoCommit(false);
                hold.executeUpdate("UPDATE stock_level SET version = version + 1"); // holds the row lock

                assertThatThrownBy(() -> backend.database().transactions().inTransaction(session -> {
                            session.doWork(c -> {
                                try (Statement s = c.createStatement()) {
                                    s.execute("SET LOCK_TIMEOUT 200");
                                }
                            });
                            try {
                                return session.createNativeMutationQuery("UPDATE stock_level SET on_hand = on_hand + 1")
                                        .executeUpdate();
                            } finally {
                                session.doWork(c -> {
                                    try (Statement s = c.createStatement()) {
                                        s.execute("SET LOCK_TIMEOUT 10000");
                                    }
                                });
                            }
                        }))
                        .isInstanceOf(DatabaseBusyException.class);
                holder.rollback();
            }
        }
    }
}
