package org.stockroom.persistence;

import org.hibernate.SharedSessionContract;
import org.stockroom.domain.SearchText;

/** Keeps {@code product_word} in step with a product's name, inside the transaction that saves the product. */
public final class ProductWords {

    private ProductWords() {
    }

    public static void index(SharedSessionContract session, long productId, String name) {
        Sql.update(session, "DELETE FROM product_word WHERE product_id = ?", productId);
        for (String word : SearchText.words(name)) {
            Sql.update(session, "INSERT INTO product_word (word, product_id) VALUES (?, ?)", word, productId);
        }
    }
}
