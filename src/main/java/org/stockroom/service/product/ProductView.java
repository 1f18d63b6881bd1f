package org.stockroom.service.product;

import org.stockroom.domain.product.ProductDetails;

/** A product as stored: its id, the version an edit must be based on, and its fields. */
public record ProductView(long id, long version, ProductDetails details) {}
