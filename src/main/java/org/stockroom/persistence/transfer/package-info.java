/** The SQL of imports: lookups in chunks and the batched writes of one all-or-nothing transaction. */
package org.stockroom.persistence.transfer;
