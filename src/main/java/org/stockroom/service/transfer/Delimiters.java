package org.stockroom.service.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a CSV file's separator: the candidate that splits its first lines most, and most evenly. */
final class Delimiters {

    private static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
    private static final int LINES = 20;

    private Delimiters() {}

    static char detect(String start) {
        List<String> lines =
                start.lines().filter(l -> !l.isBlank()).limit(LINES).toList();
        char best = ',';
        long bestScore = 0;
        for (char c : CANDIDATES) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String line : lines) {
                counts.merge(countOutsideQuotes(line, c), 1, Integer::sum);
            }
            // the most common count per line (its "mode"), weighted by how many lines share it
            long score = counts.entrySet().stream()
                    .filter(e -> e.getKey() > 0)
                    .mapToLong(e -> (long) e.getValue() * 1000 + e.getKey())
                    .max()
                    .orElse(0);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
