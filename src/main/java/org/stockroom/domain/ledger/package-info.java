/** The append-only ledger: movements and their types. */
package org.stockroom.domain.ledger;
