package org.stockroom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.stockroom.ui.catalogue.PagedList;

/** The list the product table shows: pages on demand, newest query wins, rows keep their places on reload. */
class PagedListTest {

    record Request(long generation, long page, int offset, int limit) {}

    final List<Request> requests = new ArrayList<>();
    final PagedList<String> list = new PagedList<>((g, p, o, l, t) -> requests.add(new Request(g, p, o, l)));

    @Test
    void aRowNotLoadedIsNullAndAsksForItsPageOnce() {
        list.replaceAll(1, 250);

        assertThat(list.get(120)).isNull();
        assertThat(list.get(150)).isNull();

        assertThat(requests).containsExactly(new Request(1, 1, 100, 100));
        list.pageLoaded(1, 1, rows(100, 100));
        assertThat(list.get(150)).isEqualTo("row 150");
        assertThat(list.get(249)).isNull();
        assertThat(requests).last().isEqualTo(new Request(1, 2, 200, 50));
    }

    @Test
    void aPageForAnOlderQueryIsDropped() {
        list.replaceAll(1, 100);
        list.get(0);
        list.replaceAll(2, 100);

        list.pageLoaded(1, 0, rows(0, 100));

        assertThat(list.get(0)).as("the older query's rows never show").isNull();
        list.pageLoaded(2, 0, rows(0, 100));
        assertThat(list.get(0)).isEqualTo("row 0");
    }

    @Test
    void reloadKeepsShowingRowsUntilTheirFreshCopyArrivesAndReportsUpdatesNotReplacements() {
        list.replaceAll(1, 100);
        list.get(5);
        list.pageLoaded(1, 0, rows(0, 100));
        List<String> kinds = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                kinds.add(c.wasUpdated() ? "update" : c.wasReplaced() ? "replace" : c.wasAdded() ? "add" : "other");
            }
        });

        list.reload(2, 101);

        assertThat(list.get(5)).as("the old row stays on screen meanwhile").isEqualTo("row 5");
        assertThat(requests).contains(new Request(2, 0, 0, 100));
        list.pageLoaded(2, 0, rows(1000, 100));
        assertThat(list.get(5)).isEqualTo("row 1005");
        assertThat(kinds).containsOnly("add", "update");
    }

    @Test
    void requestsScrolledPastBecomeStaleAndCanBeAskedForAgain() {
        list.replaceAll(1, 10_000);
        list.get(0); // ticket 1
        for (int page = 1; page <= 8; page++) {
            list.get(page * 100);
        }
        assertThat(list.isStale(1)).as("eight newer requests since").isTrue();
        assertThat(list.isStale(2)).isFalse();

        list.pageSkipped(1, 0);
        list.get(0);

        assertThat(requests).filteredOn(r -> r.page() == 0).hasSize(2);
    }

    private static List<String> rows(int from, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add("row " + (from + i));
        }
        return rows;
    }
}
