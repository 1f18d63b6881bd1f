/** Products on the command line: add one, show its stock. */
package org.stockroom.cli.product;
