/** Verifying the ledger from the command line. */
package org.stockroom.cli.ledger;
