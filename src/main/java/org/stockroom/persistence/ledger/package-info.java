/** Appending movements, each from the stock level it changed, in the same transaction. */
package org.stockroom.persistence.ledger;
