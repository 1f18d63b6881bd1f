package org.stockroom.domain.transfer;

import java.text.Normalizer;
import java.util.Locale;

/** Header text as compared: case, spaces, punctuation and accents do not count ("Part.IPN" is "partipn"). */
public final class HeaderNames {

    private HeaderNames() {}

    public static String normalised(String header) {
        if (header == null) {
            return "";
        }
        String folded =
                header.replace("ß", "ss").replace("Ä", "Ae").replace("ä", "ae").replace("Ö", "Oe");
        folded = folded.replace("ö", "oe").replace("Ü", "Ue").replace("ü", "ue");
        String plain = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        plain.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
