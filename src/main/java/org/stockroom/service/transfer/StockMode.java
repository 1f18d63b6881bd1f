package org.stockroom.service.transfer;

/**
 * How a stock file's quantities are taken. Neither writes a balance: each becomes a movement in the ledger.
 */
public enum StockMode {
    /** Opening stock: RECEIVE movements, for levels that hold nothing yet (a level with stock rejects its row). */
    OPENING,
    /** Physical quantities: COUNT movements that set each level to what was counted (Supervisor, like a count). */
    COUNT
}
