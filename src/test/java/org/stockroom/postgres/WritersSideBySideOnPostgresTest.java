package org.stockroom.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Backend;

/**
 * On PostgreSQL write transactions run side by side (decision 0007: row locks keep them apart, no write gate); on
 * H2 the same check finds them taking turns, which is the gate that decision 0004 needs.
 */
class WritersSideBySideOnPostgresTest {

    @TempDir
    Path folder;

    @Test
    void twoWritersAreInsideAtOnceOnPostgres() {
        TestPostgres.TestDatabase db = TestPostgres.newDatabase();
        try (Backend backend = Backend.open(new DatabaseTarget.Postgres(
                db.jdbcUrl(), db.server().user(), db.server().password()))) {
            assertThat(bothInsideAtOnce(backend.database().transactions())).isTrue();
        }
    }

    @Test
    void negativeControlOnH2TheyTakeTurns() {
        try (Backend backend = Backend.open(folder.resolve("data"))) {
            assertThat(bothInsideAtOnce(backend.database().transactions())).isFalse();
        }
    }

    /** Each writer waits inside for the other to come in too; behind a gate the first waits in vain. */
    private static boolean bothInsideAtOnce(Transactions transactions) {
        CountDownLatch inside = new CountDownLatch(2);
        List<CompletableFuture<Boolean>> writers = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> transactions.exclusive(() -> {
                    inside.countDown();
                    try {
                        return inside.await(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })))
                .toList();
        return writers.stream().allMatch(CompletableFuture::join);
    }
}
