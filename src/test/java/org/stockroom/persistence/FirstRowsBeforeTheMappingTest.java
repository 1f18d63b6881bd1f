package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.access.UserPresence;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.catalogue.ProductRow;

/**
 * The window's first rows do not wait for Hibernate's start (issue 26): the object mapping is built beside the open
 * and the reads the first rows need are plain JDBC. Here the mapping is built but held back, and every one of those
 * reads must answer without asking for it; a Hibernate read, the negative control, is caught asking.
 */
class FirstRowsBeforeTheMappingTest {

    @TempDir
    Path folder;

    /** The real mapping, handed over only when the test says so; counts who waits for it. */
    final HeldMapping held = new HeldMapping();

    Database database;

    @BeforeEach
    void openWithTheMappingHeldBack() {
        try (Backend backend = Backend.open(folder)) {
            backend.locations().create(TestBackends.ACTOR, "A-01", "Aisle 1");
            backend.locations().create(TestBackends.ACTOR, "B-02", "Aisle 2");
            for (String sku : List.of("NUT-M8", "BOLT-M8")) {
                backend.products()
                        .create(
                                TestBackends.ACTOR,
                                new ProductDetails(
                                        sku, "Item " + sku, "Fasteners", "each", null, 5, BigDecimal.ONE, false));
            }
        }
        database = Database.open(
                new DatabaseTarget.Local(folder),
                Database.Options.STANDARD,
                (source, dir) -> {},
                OpenSteps.NONE,
                held::start);
    }

    @AfterEach
    void close() {
        held.release(); // close() waits for the mapping
        database.close();
    }

    @Test
    void theFirstRowsTheirChoicesAndTheUserCheckAnswerWhileTheMappingIsHeldBack() throws Exception {
        Transactions transactions = database.transactions();
        LocationRepository locations = new LocationRepository(transactions);
        ProductCatalogue catalogue =
                new ProductCatalogue(transactions, locations, database.target().dialect());

        List<ProductRow> firstPage = answered(() -> catalogue.page(CatalogueQuery.everything(), 0, 100));
        long count = answered(() -> catalogue.count(CatalogueQuery.everything()));
        List<String> categories = answered(catalogue::categories);
        List<String> codes = answered(catalogue::locationCodes);
        boolean users = answered(() -> transactions.readByJdbc(UserPresence::anyUsers));
        answered(() -> {
            locations.rememberAll();
            return true;
        });

        assertThat(firstPage).extracting(ProductRow::sku).containsExactly("BOLT-M8", "NUT-M8");
        assertThat(count).isEqualTo(2);
        assertThat(categories).containsExactly("Fasteners");
        assertThat(codes).containsExactly("A-01", "B-02", "MAIN");
        assertThat(users).isFalse();
        assertThat(locations.codeOf(locations.idOf("B-02").orElseThrow()))
                .as("the cache filled by plain JDBC answers without a session")
                .isEqualTo("B-02");
        assertThat(held.waits.get()).as("nobody asked for the mapping").isZero();
        assertThat(held.released()).isFalse();
    }

    @Test
    void negativeControlAHibernateReadIsCaughtWaitingForTheMapping() throws Exception {
        CatalogueQueries hibernateRead = new CatalogueQueries(database.transactions());

        CompletableFuture<Integer> locations =
                CompletableFuture.supplyAsync(() -> hibernateRead.locations().size());
        awaitTrue(() -> held.waits.get() > 0);
        assertThat(locations).as("it waits for the held mapping").isNotDone();

        held.release();
        assertThat(locations.get(30, TimeUnit.SECONDS)).isEqualTo(3);
    }

    /** The read's answer, which must come while the mapping is held (not a timing bound: a hang is the failure). */
    private <T> T answered(Supplier<T> read) throws Exception {
        return CompletableFuture.supplyAsync(read).get(60, TimeUnit.SECONDS);
    }

    private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("still waiting").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** The mapping as {@link ObjectMapping} builds it, completed only on {@link #release()}. */
    static final class HeldMapping {
        final AtomicInteger waits = new AtomicInteger();
        private CompletableFuture<SessionFactory> built;
        private final CompletableFuture<SessionFactory> handedOut = new CompletableFuture<>() {
            @Override
            public SessionFactory join() {
                waits.incrementAndGet();
                return super.join();
            }
        };

        CompletableFuture<SessionFactory> start(javax.sql.DataSource source, Dialect dialect) {
            built = ObjectMapping.buildInBackground(source, dialect);
            return handedOut;
        }

        void release() {
            built.whenComplete((factory, error) -> {
                if (error != null) {
                    handedOut.completeExceptionally(error);
                } else {
                    handedOut.complete(factory);
                }
            });
        }

        boolean released() {
            return handedOut.isDone();
        }
    }
}
