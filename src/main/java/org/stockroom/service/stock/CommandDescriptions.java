package org.stockroom.service.stock;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;

/** Turns a stored {@link CommandIdentity} text into words a user knows: SKUs and location codes for the ids. */
final class CommandDescriptions {

    private static final Pattern REFERENCE = Pattern.compile("(product|location) #(\\d+)");

    private CommandDescriptions() {}

    static String render(SharedSessionContract session, String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(2));
            List<String> name = m.group(1).equals("product")
                    ? Sql.query(session, "SELECT sku FROM product WHERE id = ?", r -> r.getString(1), id)
                    : Sql.query(session, "SELECT code FROM location WHERE id = ?", r -> r.getString(1), id);
            m.appendReplacement(out, Matcher.quoteReplacement(name.isEmpty() ? m.group() : name.get(0)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
