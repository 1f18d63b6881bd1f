/** The Movements page: the whole ledger, newest first, filtered, paged, exported. */
package org.stockroom.ui.movements;
