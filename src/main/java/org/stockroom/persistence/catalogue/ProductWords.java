package org.stockroom.persistence.catalogue;

import org.hibernate.SharedSessionContract;
import org.stockroom.domain.catalogue.SearchText;
import org.stockroom.persistence.Sql;

/** Keeps {@code product_word} in step with a product's name, inside the transaction that saves the product. */
public final class ProductWords {

    private ProductWords() {}

    /** The words of {@code name}, each with the product's SKU key (a SKU change re-indexes too). */
    public static void index(SharedSessionContract session, long productId, String skuKey, String name) {
        Sql.update(session, "DELETE FROM product_word WHERE product_id = ?", productId);
        for (String word : SearchText.words(name)) {
            Sql.update(
                    session,
                    "INSERT INTO product_word (word, product_id, sku_key) VALUES (?, ?, ?)",
                    word,
                    productId,
                    skuKey);
        }
    }
}
