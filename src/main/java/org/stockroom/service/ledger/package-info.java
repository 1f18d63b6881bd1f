/** Reading the ledger, and verifying that every balance equals the sum of its movements. */
package org.stockroom.service.ledger;
