/** Stock levels (a product at a location), the idempotency record of a command, and quantity rules. */
package org.stockroom.domain.stock;
