package org.stockroom.ui.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A list as long as the whole result that holds only the pages around what was looked at. {@link #get} of a
 * row not loaded yet returns null and asks for its page; when the page arrives the rows are reported as updated,
 * so the table redraws them without losing its selection or scroll position.
 *
 * <p>Pages arriving for an older query (an older {@link #generation()}) are dropped: the newest query wins.
 * Everything here runs on the FX thread; the loading itself is the {@link PageLoader}'s business.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    public static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 60;

    private final PageLoader loader;
    private final Map<Long, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Long> requested = new HashSet<>();
    /** Pages of an earlier load of the same query, shown until their fresh copy arrives. */
    private final Set<Long> stale = new HashSet<>();

    private long generation;
    private int size;

    public PagedList(PageLoader loader) {
        this.loader = loader;
    }

    /**
     * Loads pages of the result of query {@code generation}. {@code ticket} orders the requests: the loader may
     * skip one whose ticket {@link #isStale(long) has gone stale} and report it with {@link #pageSkipped}.
     */
    @FunctionalInterface
    public interface PageLoader {
        void load(long generation, long pageNumber, int offset, int limit, long ticket);
    }

    /** Requests this far behind the newest are not worth a query any more: the user has scrolled on. */
    static final int WANTED_REQUESTS = 8;

    /** Thread-safe: read by loaders off the FX thread. */
    private final java.util.concurrent.atomic.AtomicLong lastTicket = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        long number = index / PAGE_SIZE;
        List<T> page = pages.get(number);
        if (page == null || stale.contains(number)) {
            request(number);
        }
        if (page == null) {
            return null;
        }
        int within = index % PAGE_SIZE;
        return within < page.size() ? page.get(within) : null;
    }

    public long generation() {
        return generation;
    }

    /** A different result (new search, filter or sort): forget every row and show {@code newSize} empty ones. */
    public void replaceAll(long newGeneration, int newSize) {
        generation = newGeneration;
        pages.clear();
        requested.clear();
        stale.clear();
        List<T> removed = new ArrayList<>(Collections.nCopies(size, null));
        size = newSize;
        beginChange();
        nextReplace(0, newSize, removed);
        endChange();
    }

    /**
     * The same result again, maybe with changed rows or length: keep showing what is loaded, fetch it anew,
     * and keep the rows' positions (and so the table's selection and scroll position).
     */
    public void reload(long newGeneration, int newSize) {
        generation = newGeneration;
        requested.clear();
        stale.addAll(pages.keySet());
        int oldSize = size;
        size = newSize;
        beginChange();
        if (newSize < oldSize) {
            nextRemove(newSize, new ArrayList<>(Collections.nCopies(oldSize - newSize, null)));
        } else if (newSize > oldSize) {
            nextAdd(oldSize, newSize);
        }
        endChange();
        for (Long number : List.copyOf(pages.keySet())) {
            request(number);
        }
    }

    /** A page came back; ignored if it belongs to an older query. */
    public void pageLoaded(long forGeneration, long pageNumber, List<T> rows) {
        if (forGeneration != generation) {
            return;
        }
        requested.remove(pageNumber);
        stale.remove(pageNumber);
        pages.put(pageNumber, List.copyOf(rows));
        while (pages.size() > MAX_PAGES) {
            Long eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
            stale.remove(eldest);
        }
        int from = (int) Math.min(size, pageNumber * PAGE_SIZE);
        int to = (int) Math.min(size, from + PAGE_SIZE);
        if (from < to) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        }
    }

    /** The position of the row {@code matches} accepts among the loaded rows, or -1. */
    public int indexOfLoaded(java.util.function.Predicate<T> matches) {
        for (Map.Entry<Long, List<T>> page : pages.entrySet()) {
            List<T> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (matches.test(rows.get(i))) {
                    long index = page.getKey() * PAGE_SIZE + i;
                    return index < size ? (int) index : -1;
                }
            }
        }
        return -1;
    }

    int loadedPages() {
        return pages.size();
    }

    /** True once {@link #WANTED_REQUESTS} newer pages have been asked for (safe to call from any thread). */
    public boolean isStale(long ticket) {
        return lastTicket.get() - ticket >= WANTED_REQUESTS;
    }

    /** The loader skipped a stale request: the page may be asked for again when it comes back into view. */
    public void pageSkipped(long forGeneration, long pageNumber) {
        if (forGeneration == generation) {
            requested.remove(pageNumber);
        }
    }

    private void request(long number) {
        if (requested.add(number)) {
            long offset = number * PAGE_SIZE;
            loader.load(
                    generation,
                    number,
                    (int) offset,
                    (int) Math.min(PAGE_SIZE, size - offset),
                    lastTicket.incrementAndGet());
        }
    }
}
