/** Atomic conditional updates of stock levels and the per-product totals kept with them. */
package org.stockroom.persistence.stock;
