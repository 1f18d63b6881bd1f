package org.stockroom.property;

/** One step a worker takes in the property test; quantities small so that refusals and races are common. */
sealed interface StockOp {

    record Receive(int location, int quantity) implements StockOp {}

    record Issue(int location, int quantity) implements StockOp {}

    record Adjust(int location, int delta) implements StockOp {}

    record Count(int location, int quantity) implements StockOp {}

    record Transfer(int from, int quantity) implements StockOp {}

    record Reserve(int location, int quantity) implements StockOp {}

    /** Releases or fulfils the reservation made {@code back} reservations ago (if there is one). */
    record Close(int back, boolean fulfil) implements StockOp {}
}
