package org.stockroom.service;

/** Refused because there is not enough stock (on hand, or available after reservations). */
public abstract non-sealed class StockRefusal extends ExpectedFailure {

    protected StockRefusal(String message) {
        super(message);
    }

    @Override
    public final Kind kind() {
        return Kind.REFUSED_FOR_STOCK;
    }
}
