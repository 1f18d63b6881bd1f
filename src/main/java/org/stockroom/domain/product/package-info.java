/** Products: details, the rules a product must meet, barcodes, and merging an edit with a concurrent one. */
package org.stockroom.domain.product;
