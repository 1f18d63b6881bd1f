/** The Import page: a file, its columns, a dry run with every reject, then an all-or-nothing import. */
package org.stockroom.ui.transfer;
