/** The stock commands: receive, issue, adjust, count and transfer. */
package org.stockroom.cli.stock;
