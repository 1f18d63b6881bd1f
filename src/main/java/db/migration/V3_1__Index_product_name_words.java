package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.stockroom.domain.catalogue.SearchText;

/**
 * Fills {@code product_word} for the products that existed before V3. A Java migration because the folding
 * (accents, punctuation) is Java's, the same code that keeps the words up to date afterwards.
 */
public class V3_1__Index_product_name_words extends BaseJavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement products = connection.createStatement();
                ResultSet rows = products.executeQuery("SELECT id, name FROM product");
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO product_word (word, product_id) VALUES (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String word : SearchText.words(rows.getString(2))) {
                    insert.setString(1, word);
                    insert.setLong(2, rows.getLong(1));
                    insert.addBatch();
                    pending++;
                }
                if (pending >= BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
