package org.stockroom.service;

import org.stockroom.domain.ProductDetails;

/** A product as stored: its id, the version an edit must be based on, and its fields. */
public record ProductView(long id, long version, ProductDetails details) {
}
