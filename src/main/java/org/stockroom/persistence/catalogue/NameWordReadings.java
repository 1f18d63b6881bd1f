package org.stockroom.persistence.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.stockroom.persistence.JdbcScope;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.catalogue.CatalogueSql.Condition;

/**
 * A one-word name search, read in SKU order from {@code product_word}'s (word, sku_key) index: one reading per
 * stored word that the typed word begins, each already in SKU order, merged by the caller.
 * Testing every product in SKU order for the words instead cost 110-500 ms at 1,000,000 SKUs when the words
 * were common (a few per cent of products).
 */
final class NameWordReadings {

    /** A typed word that begins more stored words than this is searched the other way (ids or row by row). */
    static final int MAX_WORDS = 20;

    private NameWordReadings() {}

    /**
     * One condition per stored word that {@code typed} (one folded word) begins, or null when there are more than
     * {@link #MAX_WORDS} such words.
     */
    static List<Condition> of(JdbcScope session, String typed) {
        List<String> stored = wordsStartingWith(session, typed);
        if (stored == null) {
            return null;
        }
        List<Condition> readings = new ArrayList<>();
        for (String word : stored) {
            readings.add(new Condition(null, List.of(), word));
        }
        return readings;
    }

    /**
     * The distinct stored words beginning with {@code prefix}, found by stepping from one to the next in the
     * word index (each step one index seek) rather than reading every entry; null if more than {@link #MAX_WORDS}.
     */
    private static List<String> wordsStartingWith(JdbcScope session, String prefix) {
        String pattern = TextMatch.wordPattern(prefix);
        List<String> words = new ArrayList<>();
        String after = "";
        while (words.size() <= MAX_WORDS) {
            List<String> next = Sql.query(
                    session,
                    "SELECT word" + TextMatch.WORD_STARTS + " AND word > ? ORDER BY word LIMIT 1",
                    row -> row.getString(1),
                    pattern,
                    after);
            if (next.isEmpty()) {
                return words;
            }
            after = next.get(0);
            words.add(after);
        }
        return null;
    }
}
