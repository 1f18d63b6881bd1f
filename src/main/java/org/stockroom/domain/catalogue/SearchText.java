package org.stockroom.domain.catalogue;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are matched by search: lower case, accents removed, punctuation as word breaks, so that
 * {@code cafe} finds "Café" and {@code o-ring} finds "O-Ring 12mm". The same folding is stored per word
 * ({@code product_word}) and applied to what the user types.
 */
public final class SearchText {

    /** Longest word kept; longer ones are cut (the column is VARCHAR(100)). */
    public static final int MAX_WORD = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** Lower case, without accents, punctuation turned into single spaces, trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        // Letters with no accent to strip: NFKD leaves them whole.
        bare = bare.replace("ø", "o")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ß", "ss")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ð", "d")
                .replace("þ", "th");
        return BREAKS.matcher(bare).replaceAll(" ").strip();
    }

    /** The distinct folded words of {@code text}, in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : folded.split(" ")) {
            words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
        }
        return List.copyOf(words);
    }
}
