package org.stockroom.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.ListCommand;
import org.stockroom.service.stock.StockChange;

/**
 * Pick lists racing for scarce stock: 8 threads post 80 issue lists of 2-4 products (in random order) against 5
 * products of 12 units each, far less than asked for. Every list must be taken whole or not at all, no product may
 * go below zero, and each product's on hand must be 12 minus what the taken lists asked of it. Negative control: a
 * list posted line by line (an issue per line, stopping at the first refusal) is caught by the same check.
 */
class ListsRacingTest {

    static final int PRODUCTS = 5;
    static final long STOCK = 12;
    static final int LISTS = 80;
    static final int THREADS = 8;

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    final List<Long> products = new ArrayList<>();
    final Actor picker = Actor.named("picker");

    @BeforeEach
    void stockUp() {
        backend = fresh.backend();
        for (int i = 0; i < PRODUCTS; i++) {
            long id = TestBackends.product(backend, "PICK-" + i).id();
            backend.stock().receive(TestBackends.change(id, "MAIN", STOCK));
            products.add(id);
        }
    }

    @Test
    void everyListIsTakenWholeOrNotAtAllAndNothingOversells() throws Exception {
        check(list -> {
            try {
                backend.stock().post(list);
                return true;
            } catch (InsufficientStockException refused) {
                return false;
            }
        });
    }

    @Test
    void aListPostedLineByLineIsCaughtTakenHalfWay() {
        assertThatThrownBy(() -> check(list -> {
                    for (int i = 0; i < list.lines().size(); i++) {
                        ListCommand.Line line = list.lines().get(i);
                        try {
                            backend.stock()
                                    .issue(new StockChange(
                                            list.idempotencyKey() + "-" + i,
                                            picker,
                                            line.productId(),
                                            "MAIN",
                                            line.quantity(),
                                            null,
                                            null));
                        } catch (InsufficientStockException refused) {
                            return false;
                        }
                    }
                    return true;
                }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("taken in part");
    }

    private void check(Function<ListCommand, Boolean> post) throws Exception {
        Random random = new Random(20261203);
        List<ListCommand> lists = new ArrayList<>();
        for (int n = 0; n < LISTS; n++) {
            List<Long> shuffled = new ArrayList<>(products);
            java.util.Collections.shuffle(shuffled, random);
            List<ListCommand.Line> lines = new ArrayList<>();
            for (long product : shuffled.subList(0, 2 + random.nextInt(3))) {
                lines.add(new ListCommand.Line(product, 1 + random.nextInt(3), null));
            }
            lists.add(new ListCommand("LIST-" + n, picker, ListCommand.Kind.ISSUE, "MAIN", null, lines));
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (ListCommand list : lists) {
            tasks.add(() -> post.apply(list));
        }
        List<Boolean> taken = Concurrently.run(THREADS, tasks);

        Map<Long, Long> expected = new HashMap<>();
        products.forEach(p -> expected.put(p, STOCK));
        for (int n = 0; n < LISTS; n++) {
            ListCommand list = lists.get(n);
            long issuedLines = issuedLinesOf(list);
            if (issuedLines != 0 && issuedLines != list.lines().size()) {
                throw new AssertionError(list.idempotencyKey() + " was taken in part: " + issuedLines + " of "
                        + list.lines().size() + " lines");
            }
            if (taken.get(n)) {
                list.lines().forEach(l -> expected.merge(l.productId(), -l.quantity(), Long::sum));
            }
        }
        assertThat(taken).as("the stock is too short for every list").contains(true, false);
        for (long product : products) {
            long onHand = backend.catalogue().productRow(product).orElseThrow().onHand();
            assertThat(onHand)
                    .as("on hand of product " + product)
                    .isEqualTo(expected.get(product))
                    .isNotNegative();
        }
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    /** How many of the list's lines have an ISSUE movement (under its key, or a line key of it). */
    private long issuedLinesOf(ListCommand list) {
        return backend.database()
                .transactions()
                .read(session -> session.createSelectionQuery(
                                "select count(*) from Movement where commandKey = :key or commandKey like :lines",
                                Long.class)
                        .setParameter("key", list.idempotencyKey())
                        .setParameter("lines", list.idempotencyKey() + "-%")
                        .getSingleResult());
    }
}
