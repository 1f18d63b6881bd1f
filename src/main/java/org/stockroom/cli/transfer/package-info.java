/** {@code stockroom import} and {@code stockroom export}: files in and out over the transfer services. */
package org.stockroom.cli.transfer;
