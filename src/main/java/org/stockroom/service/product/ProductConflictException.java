package org.stockroom.service.product;

import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Conflict;

/**
 * Someone saved the product after this user opened it. Carries what the user submitted and what is stored
 * now (with its version, so "apply mine on top" can resubmit against it). Nothing was written.
 */
public class ProductConflictException extends Conflict {

    private final long productId;
    private final ProductDetails mine;
    private final ProductView theirs;

    public ProductConflictException(long productId, ProductDetails mine, ProductView theirs) {
        super("Product " + theirs.details().sku() + " was changed by someone else while you were editing it.");
        this.productId = productId;
        this.mine = mine;
        this.theirs = theirs;
    }

    public long productId() {
        return productId;
    }

    public ProductDetails mine() {
        return mine;
    }

    public ProductView theirs() {
        return theirs;
    }
}
