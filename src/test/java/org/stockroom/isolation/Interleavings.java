package org.stockroom.isolation;

import java.util.ArrayList;
import java.util.List;

/** Every order of two sessions' steps that keeps each session's own order (like PostgreSQL's isolation tester). */
final class Interleavings {

    private Interleavings() {}

    /** Each result is a list of session names, e.g. [A, B, A, B], saying whose next step runs. */
    static List<List<String>> of(int stepsOfA, int stepsOfB) {
        List<List<String>> all = new ArrayList<>();
        build(stepsOfA, stepsOfB, new ArrayList<>(), all);
        return all;
    }

    private static void build(int a, int b, List<String> prefix, List<List<String>> into) {
        if (a == 0 && b == 0) {
            into.add(List.copyOf(prefix));
            return;
        }
        if (a > 0) {
            prefix.add("A");
            build(a - 1, b, prefix, into);
            prefix.remove(prefix.size() - 1);
        }
        if (b > 0) {
            prefix.add("B");
            build(a, b - 1, prefix, into);
            prefix.remove(prefix.size() - 1);
        }
    }
}
