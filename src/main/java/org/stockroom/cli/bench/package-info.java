/** The benchmark commands and the synthetic catalogue generator. */
package org.stockroom.cli.bench;
