/** The stock dialog: receive, issue, adjust, count, transfer and reserve for one product. */
package org.stockroom.ui.stock;
