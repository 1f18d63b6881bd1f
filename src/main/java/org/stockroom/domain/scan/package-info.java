/** What a barcode scan carries: GS1 element strings and plain retail barcodes, read into values. */
package org.stockroom.domain.scan;
